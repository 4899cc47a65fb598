# Hashing and comparing weak references: they follow their objects while alive.
import weakref


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Unhashable:
    __hash__ = None


class Plain:
    pass


p1 = Point(1, 2)
p2 = Point(1, 2)
p3 = Point(3, 4)
r1, r2, r3 = weakref.ref(p1), weakref.ref(p2), weakref.ref(p3)
print("hash follows object:", hash(r1) == hash(p1), hash(r1) == hash(r2))
print("eq follows object:", r1 == r2, r1 == r3, r1 != r3)
print("not identical:", r1 is r2)
print("compare with non-ref:", r1 == p1, r1 != p1, r1.__eq__(p1))
try:
    r1 < r2
except TypeError as e:
    print(type(e).__name__, e)

# refs as dictionary keys: equal objects give equal keys
table = {r1: "first"}
print("lookup by equal ref:", table[r2], r3 in table)
plain = Plain()
rp = weakref.ref(plain)
print("identity hash:", hash(rp) == hash(plain), rp == weakref.ref(plain, print))

# the hash is remembered once computed, even after the object dies
h = hash(r1)
del p1
print("dead ref keeps hash:", hash(r1) == h, r1())
print("dead ref still finds its dict entry:", table[r1])
print("dead vs live equal object:", r1 == r2)

# a dead reference that was never hashed cannot be hashed
q = Point(5, 6)
rq = weakref.ref(q)
del q
try:
    hash(rq)
except TypeError as e:
    print(type(e).__name__, e)

# unhashable referents give unhashable references
u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print(type(e).__name__, e)

# refs in a set collapse by their objects' equality
a, b, c = Point(0, 0), Point(0, 0), Point(9, 9)
s = {weakref.ref(a), weakref.ref(b), weakref.ref(c)}
print("set size:", len(s))
print("sorted targets:", sorted((wr().x, wr().y) for wr in s))

# equality when one side is dead: identity only
d1 = Point(7, 7)
d2 = Point(7, 7)
w1, w2 = weakref.ref(d1), weakref.ref(d2)
print("both alive:", w1 == w2)
del d1
print("one dead:", w1 == w2, w1 != w2, w1 == w1)
