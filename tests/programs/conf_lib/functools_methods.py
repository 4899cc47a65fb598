from functools import singledispatchmethod, partialmethod, cached_property, lru_cache, reduce, update_wrapper, wraps, WRAPPER_ASSIGNMENTS
import functools

class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f"generic:{arg!r}"
    @show.register
    def _(self, arg: int):
        return f"int:{arg:+d}"
    @show.register
    def _(self, arg: list):
        return "list:" + ",".join(self.show(a) for a in arg)
f = Fmt()
print(f.show(3), f.show("s"), f.show([1, "x", 2.5]))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)
print(repr(Cell.set_alive)[:30])
class Dataset:
    def __init__(self, xs):
        self.xs = xs
        self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(self.xs)
ds = Dataset([1, 2, 3])
print(ds.total, ds.total, ds.calls)
ds.total = 100
print(ds.total, ds.calls)
class Calc:
    @lru_cache(maxsize=8)
    def slow(self, n):
        return n * n
k = Calc()
print(k.slow(4), k.slow(4), Calc.slow.cache_info())
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        r = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {r}")
        return r
    return wrapper
@logged
def add(a, b=0):
    "add two"
    return a + b
add(1, 2)
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(WRAPPER_ASSIGNMENTS)
def raw(x):
    return x
def shell(*a):
    return raw(*a)
update_wrapper(shell, raw)
print(shell.__name__, shell.__wrapped__ is raw)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(inc_then_double(5)))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().currsize)
