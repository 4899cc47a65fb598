def parse(board):
    return {(r, c) for r, line in enumerate(board.strip().splitlines())
            for c, ch in enumerate(line) if ch == "#"}

def neighbors(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc

def step(live):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#....
..#...
###...
......
......
""")
state = glider
for gen in range(4):
    print(f"gen {gen}: {len(state)} alive")
    print(render(state, 5, 6))
    state = step(state)
print(sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
grid = [[0] * 5 for _ in range(5)]
grid[2][2] = 1
bad_grid = [[0] * 5] * 5
bad_grid[2][2] = 1
print(sum(map(sum, grid)), sum(map(sum, bad_grid)))
for row in grid:
    print(" ".join(str(v) for v in row))
import random
random.seed(5)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
