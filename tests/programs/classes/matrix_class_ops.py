# a Matrix class with tuple indexing, operators, equality and str formatting
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        if self.shape[1] != o.shape[0]:
            raise ValueError("cannot multiply")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(2 * a, a * 0.5, sep="\n")
print(repr(a.T()), a.shape, Matrix.zeros(2, 3).shape)
print(a ** 5)
fibm = Matrix([[1, 1], [1, 0]]) ** 90
print(fibm[0, 1])
a[0, 0] = 100
print(a[0, 0], a == Matrix([[100, 2], [3, 4]]), a == b, Matrix.identity(3) == Matrix.identity(3) * 1)
for bad in (lambda: a + Matrix.zeros(3, 3), lambda: Matrix([[1], [2, 3]]), lambda: Matrix.zeros(2, 3) * Matrix.zeros(2, 3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
r = Matrix([[1, 2, 3]]) * Matrix([[4], [5], [6]])
print(r, r.shape)
