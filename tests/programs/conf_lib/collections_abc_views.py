import collections.abc as cabc
import types

d = {"a": 1, "b": 2, "c": 3}
views = {"keys": d.keys(), "values": d.values(), "items": d.items()}
for name, v in views.items():
    print(name, isinstance(v, cabc.Reversible), isinstance(v, cabc.Set), isinstance(v, cabc.Hashable), list(reversed(v)))
for name in ("keys", "items"):
    try:
        hash(views[name])
        print(name, "hashable")
    except TypeError as e:
        print(name, "TypeError", e)
print(d.keys() & {"a", "z"} == {"a"}, d.keys() - {"a"} == {"b", "c"}, d.items() >= {("a", 1)})
mp = types.MappingProxyType(d)
print(isinstance(mp, cabc.Mapping), isinstance(mp, cabc.MutableMapping), mp["a"], len(mp), list(mp), mp.get("zz", 0))
try:
    hash(mp)
except TypeError as e:
    print("TypeError", e)
try:
    mp["new"] = 1
except TypeError as e:
    print("TypeError", e)
def plain():
    pass
class K:
    def meth(self):
        pass
    def __call__(self):
        pass
callables = [plain, lambda: 0, K().meth, K, K(), len, [].append, "".join, print, int, object(), 5]
print([isinstance(c, cabc.Callable) for c in callables])
print([callable(c) for c in callables])
print(isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Sequence), isinstance(b"", cabc.ByteString))
print(issubclass(type(d.keys()), cabc.KeysView), issubclass(type(d.items()), cabc.ItemsView), issubclass(type(d.values()), cabc.ValuesView))
