# ChainMap, UserDict, UserList, UserString, defaultdict.
from collections import ChainMap, UserDict, UserList, UserString, defaultdict

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("nope", "-"))
cm["color"] = "blue"
print(cli, cm.maps[0] is cli)
child = cm.new_child({"scope": "inner"})
print(child["scope"], child["color"], child.parents["color"], len(child.maps))
print(ChainMap({"a": 1}), ChainMap())
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
print("b" in cm, "user" in cm, bool(ChainMap({})), bool(ChainMap({}, {"x": 1})))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld.data, "a" in ld, len(ld), ld.get("b"), isinstance(ld, dict))


class Missing(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


print(Missing()["x"])


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.data, s[0], s[-1], len(s), s + [4], [0] + s, s * 2, type(s[1:]).__name__)
s.sort(reverse=True)
print(s, s.count(1), s.index(2), 2 in s, s == [3, 2, 1])


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


t = Shout("hello")
print(t, repr(t), t.shout(), t + " world", len(t), t[1:3], "ell" in t, t.split("l"))
print(t == "hello", t < "world", t.replace("l", "L"), t.capitalize(), t.center(9, "*"))

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dict(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], "c" in nested)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)

# the collections types against the collections.abc ABCs
import collections.abc as cabc
from collections import Counter, OrderedDict, deque

for obj in (deque(), ChainMap(), UserDict(), UserList(), UserString(""), OrderedDict(), Counter(),
            defaultdict()):
    print(type(obj).__name__.ljust(12), [a.__name__ for a in (cabc.Sequence, cabc.MutableSequence,
                                                          cabc.Mapping, cabc.MutableMapping,
                                                          cabc.Sized, cabc.Iterable)
                                         if isinstance(obj, a)])
print(isinstance(OrderedDict(a=1).keys(), cabc.KeysView), isinstance(OrderedDict(a=1).items(), cabc.ItemsView))
