# weakref.proxy: use an object through a weak reference as if it were the object.
import weakref


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    __hash__ = None

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __int__(self):
        return int(abs(self))

    def __index__(self):
        return self.x

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(3, 4)
p = weakref.proxy(v)
print("type:", type(p).__name__, type(p).__module__, type(p) is weakref.ProxyType)
print("ProxyTypes:", [t.__name__ for t in weakref.ProxyTypes])
print("isinstance via __class__:", isinstance(p, Vector), p.__class__.__name__)
print("attrs:", p.x, p.y, p.norm2())
p.x = 6
print("setattr reaches object:", v.x)
p.x = 3
p.label = "v"
print("new attr:", v.label)
del p.label
print("delattr:", hasattr(v, "label"))
print("str:", str(p), f"{p}", "repr starts:", repr(p).startswith("<weakproxy at 0x"), " to Vector at 0x" in repr(p))
print("bool/len/iter:", bool(p), len(p), list(p), p[1], 4 in p, 5 in p)
print("arith:", p + Vector(1, 1), p * 2, 2 * p, -p, abs(p), int(p))
print("index:", [10, 20, 30, 40][p], bin(p))
print("compare:", p == Vector(3, 4), p == v, p != v, p < Vector(5, 0), Vector(1, 1) < p)
print("proxy with proxy:", p + p, p == p)
q = p
q += Vector(1, 1)
print("iadd returns object:", type(q).__name__, v, q is v)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p()
except TypeError as e:
    print("call:", type(e).__name__)
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)

# proxies without callback are shared; with callbacks they are not
print("shared:", weakref.proxy(v) is p, weakref.proxy(v, print) is p)
print("count includes proxy:", weakref.getweakrefcount(v))

# callable objects give CallableProxyType
def greet(name, punct="!"):
    return f"hello {name}{punct}"


cp = weakref.proxy(greet)
print("callable:", type(cp).__name__, cp("bob"), cp("amy", punct="?"), cp.__name__)
try:
    hash(cp)
except TypeError as e:
    print(type(e).__name__, e)

# the callback receives the (now dead) proxy
events = []


def gone(px):
    events.append(type(px).__name__)
    try:
        px.x
    except ReferenceError as e:
        events.append(str(e))


w = Vector(1, 2)
pw = weakref.proxy(w, gone)
print("alive:", pw.norm2())
del w
print("callback:", events)
for label, action in [
    ("getattr", lambda: pw.x),
    ("setattr", lambda: setattr(pw, "x", 1)),
    ("str", lambda: str(pw)),
    ("bool", lambda: bool(pw)),
    ("len", lambda: len(pw)),
    ("add", lambda: pw + Vector(0, 0)),
    ("radd", lambda: 1 + pw),
    ("eq", lambda: pw == 1),
    ("iter", lambda: iter(pw)),
    ("getitem", lambda: pw[0]),
]:
    try:
        action()
    except ReferenceError as e:
        print(label, type(e).__name__, e)
print("dead repr:", repr(pw).startswith("<weakproxy at 0x"))

# the proxy type cannot be instantiated or subclassed
try:
    weakref.ProxyType(v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy(v, None, 1)
except TypeError as e:
    print(type(e).__name__, e)

# a proxy as a back-pointer in a tree: the child does not keep the parent alive
class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []

    def add(self, name):
        child = Tree(name, self)
        self.children.append(child)
        return child

    def path(self):
        return self.name if self.parent is None else self.parent.path() + "/" + self.name


root = Tree("root")
leaf = root.add("usr").add("lib")
print("path:", leaf.path())
usr = root.children[0]
del root
try:
    usr.path()
except ReferenceError as e:
    print("orphan:", e)

# bytes() goes through __bytes__; dir() lists the object's attributes
class Blob:
    def __init__(self):
        self.size = 3

    def __bytes__(self):
        return b"blob"

    def method(self):
        pass


bl = Blob()
pb = weakref.proxy(bl)
print("bytes:", bytes(pb))
print("dir:", [n for n in dir(pb) if not n.startswith("__")])
