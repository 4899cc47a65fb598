# set methods (small ints only for deterministic order)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(4)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p, s)
s.update([5, 6], (7,))
print(s)
t = s.copy()
t.clear()
print(t, s, set())
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 1, 2, 2, 3]), set(range(5)), set("aaa"))
a = {1, 2, 3}
a.intersection_update({2, 3, 4})
print(a)
a.difference_update({3})
print(a)
a.symmetric_difference_update({2, 9})
print(a)
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1})
print({1, 2}.isdisjoint({3}), {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
print(sorted({10, 5, 7}), sum({1, 2, 3}), max({4, 9, 2}))
print({x % 3 for x in range(10)})
