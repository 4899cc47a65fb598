# frozenset
f = frozenset([3, 1, 2, 1])
print(f, len(f), 1 in f, type(f).__name__)
print(f | {9}, f & {1, 2}, f - {1}, f ^ {3, 4})
print(frozenset(), frozenset(range(3)) == {0, 1, 2})
print(hash(frozenset()) == hash(frozenset()), hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
g = f
g |= {7}
print(f, g, f is g)
print(f.issubset({1, 2, 3, 4}), f.copy() == f, f.union([8]))
print(sorted(f, reverse=True))
