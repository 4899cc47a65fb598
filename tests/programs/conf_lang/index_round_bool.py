class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("__index__")
        return self.n

data = list(range(10))
i = Idx(3)
print(data[i])
print(data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3))
print(range(Idx(4)))
print(int.__index__(7), operator_like := (lambda x: x.__index__())(Idx(2)))

import math
class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"

print(round(R()), round(R(), 2), math.floor(R()), math.ceil(R()), math.trunc(R()))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(1250, -2))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v

class L:
    def __len__(self):
        print("__len__")
        return 0

print(bool(B(True)), bool(L()), not B(False))
print("yes" if L() else "no")
print(B(False) or "alt", B(True) and "then")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class Empty:
    pass
print(bool(Empty()))
try:
    [1][Idx.__name__]
except TypeError as e:
    print("TypeError:", e)
