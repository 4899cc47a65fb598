# dict construction and update from various sources, with error messages
print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
print(dict([("k", 1), ("k", 2)]), dict({"k": 1}, k=3), dict.fromkeys(range(3)), dict.fromkeys("ab", []))
class MappingLike:
    def keys(self):
        print("keys called")
        return ["p", "q"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
print(dict(MappingLike()))
d = {}
d.update(MappingLike(), extra=1)
print(d)
d.update([("z", 26)])
d.update()
print(d)
for bad in [lambda: dict(1), lambda: dict([1]), lambda: dict(["abc"]), lambda: dict([("a",)]),
            lambda: {}.update(1), lambda: dict({}, {}), lambda: dict.fromkeys(5), lambda: {[]: 1}]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict([b"xy"]), {**{"a": 1}, **dict(b=2)})
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
e = {"a": 1}
print(e.get("b"), e.get("b", 0), e.setdefault("b", [])is e["b"], e.pop("zz", "dflt"), e)
try:
    e.pop("zz")
except KeyError as err:
    print(type(err).__name__, err)
print(list(e.keys() & {"a", "q"}), sorted(e.keys() | {"c"}), e.keys() - {"a"}, {"a": 1}.items() <= {("a", 1), ("b", 2)})
class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, dict(m))
print({1: "a"} == {1.0: "a"}, {"a": 1} != {"a": 1.0}, dict(a=1).__len__(), len({(): 0, (0,): 1}))
