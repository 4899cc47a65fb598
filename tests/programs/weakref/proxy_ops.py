# Proxies forward every operator to the referent, unwrapping proxy operands on both sides.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "invert"

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v


def _op(name):
    def method(self, other=None, mod=None):
        o = other.v if isinstance(other, Num) else other
        return (name, self.v, o) if mod is None else (name, self.v, o, mod)
    return method


for _n in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
           "pow", "lshift", "rshift", "and", "or", "xor"):
    setattr(Num, f"__{_n}__", _op(_n))
    setattr(Num, f"__r{_n}__", _op("r" + _n))

n = Num(7)
m = Num(2)
p = weakref.proxy(n)
q = weakref.proxy(m)
print("forward:", p + 1, p - q, p * 3, p @ q, p / 2, p // 2, p % 2)
print("divmod/pow:", divmod(p, 2), p ** 2, pow(p, 2, 5))
print("shifts/bits:", p << 1, p >> 1, p & 1, p | 1, p ^ 1)
print("reflected:", 1 + p, 1 - p, 3 * p, 2 ** p, divmod(2, p), 1 << p, 1 & p)
print("unary:", -p, +p, ~p, float(p), int(p), [0] * 8 and "abcdefgh"[p], hex(p))

# in-place operators rebind the name to whatever the referent's operator returns
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self


acc = Acc()
pa = weakref.proxy(acc)
pa += 1
print("iadd:", pa is acc, acc.items)
pa = weakref.proxy(acc)
pa += 2
pa -= 1
print("isub:", acc.items)

# a proxy to a built-in container's subclass
class MyList(list):
    pass


ml = MyList([3, 1, 2])
pl = weakref.proxy(ml)
pl.append(0)
pl[0] = 9
del pl[1]
pl.sort()
print("list:", ml, len(pl), pl[-1], 9 in pl, list(reversed(pl)), pl[1:])
print("list compare:", pl == [0, 2, 9], pl < [1], sorted(pl, reverse=True))
pl += [5]
print("list iadd:", type(pl).__name__, ml)

class MyDict(dict):
    pass


md = MyDict(a=1)
pd = weakref.proxy(md)
pd["b"] = 2
print("dict:", sorted(pd.items()), "a" in pd, len(pd), pd.get("z", 0))
del pd["a"]
print("dict after del:", md)

# an iterator behind a proxy
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


cd = Countdown(3)
pc = weakref.proxy(cd)
print("next:", next(pc), list(pc))
try:
    next(weakref.proxy(ml))
except TypeError as e:
    print(type(e).__name__, e)

# callable proxies: classes, bound methods held elsewhere, callable instances
class Greeter:
    def __init__(self, greeting="hi"):
        self.greeting = greeting

    def __call__(self, who):
        return f"{self.greeting} {who}"


gp = weakref.proxy(Greeter)
g = gp("hello")
print("class proxy:", type(gp).__name__, type(g).__name__, g("ann"), gp.__name__)
ip = weakref.proxy(g)
print("instance proxy:", type(ip).__name__, ip("bob"), ip.greeting)
bound = g.__call__
bp = weakref.proxy(bound)
print("bound method proxy:", bp("cy"))

# sharing: one plain proxy per object, separate ones with callbacks
obj = Num(1)
p1 = weakref.proxy(obj)
p2 = weakref.proxy(obj)
p3 = weakref.proxy(obj, lambda px: None)
r = weakref.ref(obj)
print("sharing:", p1 is p2, p1 is p3, weakref.getweakrefcount(obj))
kinds = sorted(type(w).__name__ for w in weakref.getweakrefs(obj))
print("getweakrefs kinds:", kinds, p1 in [w for w in weakref.getweakrefs(obj) if w is p1])
del p1, p2
print("after dropping plain proxy:", weakref.getweakrefcount(obj))
p4 = weakref.proxy(obj)
print("new plain proxy:", type(p4).__name__, p4.v, weakref.getweakrefcount(obj))

# proxies keep nothing alive and all go dead together
del obj
for name, px in (("p3", p3), ("p4", p4)):
    try:
        px.v
    except ReferenceError as e:
        print(name, type(e).__name__, e)
print("dead ref too:", r())
try:
    p4 < 1
except ReferenceError as e:
    print("compare dead:", e)
try:
    p4 ** 2
except ReferenceError as e:
    print("pow dead:", e)
try:
    len(p4)
except ReferenceError as e:
    print("len dead:", e)
