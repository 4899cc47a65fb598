# in-place operators
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(" + repr(self.v) + ")"
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("isub returns new object")
        return Acc(self.v - o)
    def __imul__(self, o):
        print("imul returns NotImplemented")
        return NotImplemented
    def __mul__(self, o):
        print("mul fallback")
        return Acc(self.v * o)
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
c = Acc([1])
lst = [c]
lst[0] += [2]
print(lst, c)
class Holder:
    pass
h = Holder()
h.acc = Acc(10)
h.acc += 1
print(h.acc)
try:
    q = Holder()
    q //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    q = Holder()
    q @= 2
except TypeError as e:
    print(type(e).__name__, e)
