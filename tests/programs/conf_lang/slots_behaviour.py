class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 7
print(p.x)
print(type(P.x).__name__)

class Q(P):
    pass

q = Q(3, 4)
q.z = 9
print(q.z, hasattr(q, "__dict__"), q.__dict__)

class R(P):
    __slots__ = ("w",)

r = R(5, 6)
r.w = 1
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)

class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, S.__slots__)
