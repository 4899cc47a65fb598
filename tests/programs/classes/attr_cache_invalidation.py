# Attribute loads, stores and method calls at one site, while the classes and instances
# behind them change: every answer must be what a fresh lookup would give.
import sys


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def kind(self):
        return "P.kind"


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def call_kind(o):
    return o.kind()


ps = [P(i) for i in range(5)]
print([read_x(p) for p in ps])
for p in ps:
    write_x(p, p.x * 10)
print([read_x(p) for p in ps])
print([call_kind(p) for p in ps[:2]])

# an instance that inserted its attributes in another order
q = P.__new__(P)
q.y = "first"
q.x = "second"
print(read_x(q), read_x(ps[0]), read_x(q))

# a data descriptor appears on the class: it wins over the instance dict
P.x = property(lambda self: "property", lambda self, v: print("setter got", v))
print(read_x(ps[1]))
write_x(ps[1], 99)
print(ps[1].__dict__)
del P.x
print(read_x(ps[1]))

# an instance attribute shadows the method; deleting it unshadows
ps[0].kind = lambda: "instance kind"
print(call_kind(ps[0]), call_kind(ps[1]))
del ps[0].kind
print(call_kind(ps[0]))

# the method is replaced on the class, then on a base
P.kind = lambda self: "replaced"
print(call_kind(ps[2]))


class Base:
    def kind(self):
        return "Base.kind"


class Child(Base):
    pass


c = Child()
print(call_kind(c))
Base.kind = lambda self: "Base.kind replaced"
print(call_kind(c))
Child.kind = lambda self: "Child.kind"
print(call_kind(c))
del Child.kind
print(call_kind(c))

# a polymorphic site
objs = [P(1), Child(), P(2), Child()]
for o in objs:
    o.x = type(o).__name__
print([read_x(o) for o in objs])

# a deleted attribute, then __getattr__ added to the class
p = P(5)
print(read_x(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
P.__getattr__ = lambda self, name: "from __getattr__ " + name
print(read_x(p))
del P.__getattr__

# __setattr__ and __getattribute__ added after the sites have been used
p = P(1)
write_x(p, 2)
P.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 100)
write_x(p, 3)
print(read_x(p))
del P.__setattr__
P.__getattribute__ = lambda self, name: "intercepted " + name
print(read_x(p))
del P.__getattribute__
print(read_x(p))

# __class__ assignment and __dict__ replacement
class Q:
    x = "Q class attribute"


p = P(7)
print(read_x(p))
p.__class__ = Q
print(read_x(p))
del p.x
print(read_x(p))
p.__class__ = P
p.__dict__ = {"x": "new dict"}
print(read_x(p))
p.__dict__ = {}
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)

# counts stay exact through cached loads and stores
val = object()
p = P(val)
before = sys.getrefcount(val)
for _ in range(100):
    read_x(p)
    write_x(p, val)
    call_kind(p)
print(sys.getrefcount(val) - before)
write_x(p, None)
print(sys.getrefcount(val) - before)

# many instances, attributes added at different times
class Bag:
    pass


bags = []
for i in range(6):
    b = Bag()
    if i % 2:
        b.a = i
    b.b = i * 2
    bags.append(b)
print([getattr(b, "a", None) for b in bags], [b.b for b in bags])
for b in bags:
    b.b += 1
print([b.b for b in bags])


# __slots__: values kept per slot, an empty slot, a deleted one, a name outside the slots
class S:
    __slots__ = ("a", "b")


def read_a(o):
    return o.a


def write_a(o, v):
    o.a = v


ss = [S() for _ in range(3)]
for i, s in enumerate(ss):
    write_a(s, i)
print([read_a(s) for s in ss])
del ss[1].a
for s in ss:
    try:
        print(read_a(s))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    ss[0].c = 1
except AttributeError as e:
    print("AttributeError:", e)
ss[2].b = "b"
write_a(ss[2], "a again")
print(read_a(ss[2]), ss[2].b)


# a subclass of a slotted class without __slots__ gets a __dict__ as well
class T(S):
    pass


t = T()
write_a(t, "slot")
t.extra = "dict"
print(read_a(t), t.extra)


# a class whose own __setattr__ refuses stores, read through the same name first
class Frozen:
    __slots__ = ("v",)

    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise TypeError("Frozen objects are immutable")


def touch(o, v):
    before = o.v
    o.v = v
    return before


fz = Frozen(1)
for _ in range(3):
    try:
        touch(fz, 2)
    except TypeError as e:
        print("TypeError:", e, fz.v)


# and one whose __getattribute__ answers every load, while stores go to the dict
class Loud:
    def __getattribute__(self, name):
        return "loud " + name


def store_then_load(o):
    o.w = 5
    return o.w


lo = Loud()
print(store_then_load(lo), store_then_load(lo), object.__getattribute__(lo, "w"))
