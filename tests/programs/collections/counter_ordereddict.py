# Counter and OrderedDict.
from collections import Counter, OrderedDict

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], len(c), c.total())
print(sorted(c.elements())[:5])
c.update(["fox", "fox"])
c.update({"dog": 3})
print(c["fox"], c["dog"])
c.subtract(["the", "the", "the", "the"])
print(c["the"], "+c drops it:", "the" in +c)
del c["nothing"]
print(Counter("abracadabra"))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(-Counter(a=-2, b=3), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(), repr(Counter()), Counter(cats=4, dogs=8).most_common())
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sorted(Counter("hello world").items()))
print(isinstance(c, dict), Counter("aab").most_common(1))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1})
print(list(reversed(o1)), OrderedDict.fromkeys("xyz", 0))
print(OrderedDict(), o1.copy(), type(o1.copy()).__name__, o1 | {"c": 3})
lru = OrderedDict()
for key in [1, 2, 3, 1, 4]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(list(reversed(o1.items())), list(reversed(o1.keys())), list(reversed(o1.values())))
