from functools import lru_cache, cache, cached_property, wraps

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(sq(v))
print(sq.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info())
@lru_cache
def plain(a, b=1):
    return a + b
print(plain(1), plain(1, b=1), plain(1, 1), plain.cache_info())
print(sq.__name__, fib.__wrapped__.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)
print("area" in c.__dict__)
del c.area
print(c.area)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def greet(name):
    """Say hi."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
