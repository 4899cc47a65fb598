# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 3
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ()
try:
    S().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
