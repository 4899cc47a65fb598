# recursive flood fill and connected-region counting on a character grid
picture = [
    "..##......",
    ".#..#..##.",
    ".#..#.#..#",
    "..##..#..#",
    ".......##.",
    "###.......",
    "#.#...#...",
    "###..###..",
]
grid = [list(row) for row in picture]
H, W = len(grid), len(grid[0])

def fill(r, c, target, repl):
    if r < 0 or r >= H or c < 0 or c >= W:
        return 0
    if grid[r][c] != target:
        return 0
    grid[r][c] = repl
    return 1 + sum(fill(r + dr, c + dc, target, repl)
                   for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

print("filled", fill(0, 0, ".", "~"))
for row in grid:
    print("".join(row))

grid = [list(row) for row in picture]
regions = []
label = ord("a")
for r in range(H):
    for c in range(W):
        if grid[r][c] == "#":
            size = fill(r, c, "#", chr(label))
            regions.append((chr(label), size))
            label += 1
print(regions)
for row in grid:
    print("".join(row))
grid = [list(row) for row in picture]
holes = 0
for r in range(H):
    for c in range(W):
        if grid[r][c] == "." and fill(r, c, ".", "o") > 0:
            holes += 1
print("dot regions", holes)

def count_islands(m):
    seen = set()
    def dfs(r, c):
        if (r, c) in seen or not (0 <= r < len(m) and 0 <= c < len(m[0])) or m[r][c] == 0:
            return
        seen.add((r, c))
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                dfs(r + dr, c + dc)
    n = 0
    for r in range(len(m)):
        for c in range(len(m[0])):
            if m[r][c] and (r, c) not in seen:
                dfs(r, c)
                n += 1
    return n
print(count_islands([[1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0], [1, 0, 1, 1]]))
