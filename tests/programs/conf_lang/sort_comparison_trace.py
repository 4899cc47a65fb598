class Traced:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Traced.count += 1
        print(f"{self.v}<{other.v}", end=" ")
        return self.v < other.v

    def __repr__(self):
        return f"T{self.v}"

for data in ([3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4], [2, 2, 1, 1], [4, 1, 3, 5, 2, 6, 0]):
    Traced.count = 0
    result = sorted(Traced(v) for v in data)
    print()
    print(data, "->", result, "comparisons:", Traced.count)

items = [Traced(v) for v in [9, 7, 8, 1, 3, 2, 6, 5, 4, 0, 11, 10]]
Traced.count = 0
items.sort(reverse=True)
print()
print(items, Traced.count)

Traced.count = 0
big = [Traced((i * 37) % 101) for i in range(80)]
print(sorted(big)[:5] if False else "", end="")
big.sort()
print()
print("80 items sorted with", Traced.count, "comparisons; first", big[:3])
