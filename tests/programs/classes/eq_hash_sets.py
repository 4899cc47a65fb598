# __eq__/__hash__ interplay in sets and dicts
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __eq__(self, other):
        print("eq", self.tag, getattr(other, "tag", other))
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        print("hash", self.tag)
        return hash(self.k)
    def __repr__(self):
        return "Key(%r,%s)" % (self.k, self.tag)
s = set()
s.add(Key(1, "a"))
s.add(Key(1, "b"))
s.add(Key(2, "c"))
print(len(s), sorted(s, key=lambda k: k.k))
d = {Key(1, "x"): "first"}
d[Key(1, "y")] = "second"
print(d)
print(Key(1, "z") in d)
class AlwaysSameHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "A%d" % self.v
print(sorted({AlwaysSameHash(i % 3) for i in range(7)}, key=lambda a: a.v))
class Child(Key):
    def __eq__(self, other):
        return False
print(Child.__hash__ is None)
class Child2(Key):
    def __eq__(self, other):
        return False
    __hash__ = Key.__hash__
print(Child2.__hash__ is Key.__hash__)
class Ident:
    pass
x = Ident()
print(x == x, x != x, x == Ident(), {x: 1}[x], hash(x) == hash(x))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class Same:
    def __eq__(self, o):
        return NotImplemented
print(Same() == Same(), Same() != Same(), Same() == 1)
obj = Same()
print([obj].count(obj), obj in [obj], [Same()].index(obj) if obj in [Same()] else "not found")
