# lru_cache on methods, classmethods, staticmethods; wrapping metadata; exceptions not cached
import functools


class Grid:
    def __init__(self, w):
        self.w = w
        self.computed = 0

    @functools.lru_cache(maxsize=32)
    def cell(self, x, y):
        self.computed += 1
        return y * self.w + x

    def __hash__(self):
        return hash(self.w)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.w == other.w

    @classmethod
    @functools.lru_cache
    def kind(cls, n):
        return f"{cls.__name__}:{n}"

    @staticmethod
    @functools.cache
    def double(n):
        return n * 2


g = Grid(10)
print(g.cell(1, 2), g.cell(1, 2), g.cell(3, 4), g.computed)
h = Grid(10)
print(h.cell(1, 2), h.computed)  # equal instance: a hit
print(Grid.cell.cache_info())
print(Grid.kind(1), Grid.kind(1), Grid.kind(2))
print(Grid.double(21), Grid.double(21), Grid.double.cache_info())


@functools.lru_cache(maxsize=4)
def divide(a, b):
    """Divide a by b."""
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divide(6, 3), divide.cache_info())
print(divide.__doc__, divide.__name__, divide.__module__, divide.__wrapped__.__name__)


# recursion through the cache, a bounded cache smaller than the recursion depth
@functools.lru_cache(maxsize=8)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(12, 12), paths.cache_info())


# catalan numbers with an unbounded cache, called many times
@functools.cache
def catalan(n):
    if n <= 1:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


print([catalan(i) for i in range(15)])
print(catalan.cache_info())


# the cache holds results by key: equal keys of different types collide when untyped
@functools.lru_cache
def describe(x):
    return repr(x)


print(describe(2.0), describe(2), describe(2.0), describe((1, 2)), describe((1, 2)))
print(describe.cache_info())

# keyword argument order makes different keys
@functools.lru_cache
def point(x=0, y=0):
    return (x, y)


point(x=1, y=2)
point(y=2, x=1)
point(x=1, y=2)
print(point.cache_info())


# a cached function cached again: each layer keeps its own statistics
@functools.lru_cache(maxsize=4)
@functools.lru_cache(maxsize=None)
def ident(x):
    return x


ident(1)
ident(1)
ident(2)
print(ident.cache_info(), ident.__wrapped__.cache_info())
print(ident.cache_parameters(), ident.__wrapped__.cache_parameters())
try:
    functools.lru_cache(5)(3)
except TypeError as e:
    print("TypeError", e)
