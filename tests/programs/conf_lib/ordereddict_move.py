from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem())
print(od.popitem(last=False))
print(od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("abc", 0))
print(repr(OrderedDict()))
o3 = OrderedDict(a=1)
o3.setdefault("b", 5)
print(o3, list(reversed(o3)))
print(o3 | {"c": 7})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get2(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get2(1)); c.put(3, 3)
print(c.get2(2), c.get2(3), list(c.items()))
