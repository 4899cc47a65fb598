from functools import reduce, partial, total_ordering, wraps, singledispatch, cached_property
import operator

print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1011"), base2.func is int, base2.keywords)
pow_of = partial(pow, 2)
print([pow_of(i) for i in range(5)])

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("10.0"))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    return wrapper

@logged
def add(a, b=0):
    """Add numbers."""
    return a + b
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area)

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bo"))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.attrgetter("r")(c), operator.methodcaller("upper")("x"))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)))
