d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", None), d.setdefault("a", 9), d.setdefault("n", []), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update(x=1)
d.update([("y", 2)])
print(d, d.popitem(), len(d))
keys = d.keys()
d["late"] = 0
print(keys, "late" in keys, keys & {"a", "zz"})
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(zip("ab", [1, 2])), dict(a=1), dict([(1, 2)]), {}.fromkeys("ab"))
print(sorted(d) == sorted(d.keys()), reversed({1: 2, 3: 4}).__class__.__name__, list(reversed({1: 2, 3: 4})))
lst = [5, 3, 8, 1]
lst.sort()
print(lst, lst.index(8), lst.count(3))
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 50)
print(lst, lst.pop(), lst.pop(0), lst)
lst.remove(5)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
print(a)
a[::2] = [0, 0, 0]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del a[::2]
print(a, a * 0, [[0] * 2] * 2)
b = a
b += [9]
print(a is b, a)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), [1, 2] + [3], list("ab") * 2)
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, frozenset([1]) == {1})
t = (1, 2, 3)
print(t.index(2), t.count(1), t[::-1], t + (4,), t * 2, (1, 2) < (1, 3))
