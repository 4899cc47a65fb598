# __hash__ and __eq__ interplay
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(" + repr(self.k) + ")"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain(), {p: 1}[p])
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()), hash(ConstHash()) == 7)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class Child(Key):
    pass
print(Child(1) == Key(1), hash(Child(1)) == hash(Key(1)))
class Unhash(Key):
    __hash__ = None
try:
    hash(Unhash(1))
except TypeError as e:
    print(type(e).__name__, e)
