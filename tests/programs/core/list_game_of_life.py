# Conway's game of life on a small wrapping grid
def parse(rows):
    return [[ch == "#" for ch in row] for row in rows]

def show(g):
    for row in g:
        print("".join("#" if c else "." for c in row))

def neighbours(g, r, c):
    h, w = len(g), len(g[0])
    return sum(g[(r + dr) % h][(c + dc) % w]
               for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))

def step(g):
    return [[(n == 3) or (alive and n == 2)
             for c, alive in enumerate(row)
             for n in [neighbours(g, r, c)]]
            for r, row in enumerate(g)]

glider = parse([".#......",
                "..#.....",
                "###.....",
                "........",
                "........",
                "........"])
g = glider
for gen in range(4):
    print("gen", gen, "alive", sum(map(sum, g)))
    show(g)
    g = step(g)
for _ in range(20):
    g = step(g)
print("after 24:", sum(sum(r) for r in g))
show(g)
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
b2 = step(step(blinker))
print(b2 == blinker, step(blinker) == blinker)
show(step(blinker))
