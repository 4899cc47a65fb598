# set operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
c = set(a)
c |= {10}
print(c)
c &= {1, 10, 2}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a.union([1]), a == set([4, 3, 2, 1]))
print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {3} < {1, 2}, {3} > {1, 2})
print(len(a | b), len(a & b))
print(set() == set(), set() == frozenset(), {1} == frozenset({1}))
print(type(a | frozenset()).__name__, type(frozenset() | a).__name__)
print({0, False}, {1, True, 1.0}, {-1, -2, 0})
print(sorted({100, 33, 64, 7, 1000}))
