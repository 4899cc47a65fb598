# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, 2 in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e.clear()
print(e, d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 1}, two=2))
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1})
print(d | {"new": 1}, {"b": 0} | d)
f = {"k": 1}
f |= {"k": 2, "m": 3}
print(f)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
del d["b"]
print(d)
g = {}
g[1] = "int"
g[1.0] = "float"
g[True] = "bool"
print(g)
print({(1, 2): "t", None: 0, 3.5: "f"})
