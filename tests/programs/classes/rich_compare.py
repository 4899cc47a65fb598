# rich comparison methods
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return "V" + str(self.n)
a, b = V(1), V(2)
print(a < b, a <= b, b > a, b >= a)
print(a == V(1), a != V(1), a == 1)
print(sorted([V(3), V(1), V(2)]), max([V(5), V(9)]), min(V(4), V(2)))
print(V(1) in [V(0), V(1)])
class OnlyEq:
    def __eq__(self, o):
        return True
o = OnlyEq()
print(o == 5, o != 5, 5 == o, o == None)
try:
    o < o
except TypeError as e:
    print(type(e).__name__, e)
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
x = NotImpl()
print(x == x, x == NotImpl(), x != x)
try:
    x < 1
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__ called"
print(1 < Rev(), Rev() > 1)
class Weird:
    def __lt__(self, o):
        return [1]
print(Weird() < 3)
if Weird() < 3:
    print("truthy list result")
