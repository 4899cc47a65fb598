# matrix operations with nested lists and comprehensions
A = [[1, 2, 3],
     [4, 5, 6]]
B = [[7, 8],
     [9, 10],
     [11, 12]]

def show(m, name):
    print(name + ":")
    for row in m:
        print("  " + " ".join(f"{v:>5}" for v in row))

def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

show(A, "A")
show(transpose(A), "A^T")
show(matmul(A, B), "A*B")
show(matmul(B, A), "B*A")
print(matmul(identity(3), B) == B)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(M), det(identity(4)), det([[1, 2], [2, 4]]))
S = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, transpose(B))]
print(S)
print([[v * 3 for v in row] for row in A])
flat = [v for row in M for v in row]
print(flat, sum(flat), max(flat))
print([M[i][i] for i in range(3)], [M[i][2 - i] for i in range(3)])
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 9
print(grid)
bad = [[0] * 4] * 3
bad[1][2] = 9
print(bad)
P = identity(2)
F = [[1, 1], [1, 0]]
for _ in range(30):
    P = matmul(P, F)
print(P)
