# partialmethod, singledispatchmethod, wraps/update_wrapper details, reduce and cmp_to_key
# error paths, partial attributes
import functools


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, reason="none"):
        self.alive = state
        return reason

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, reason="killed")

    @classmethod
    def build(cls, a, b):
        return (cls.__name__, a, b)

    build_one = functools.partialmethod(build, 1)
    also = functools.partialmethod(set_alive, reason="nested")


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(reason="why"), c.alive)
print(Cell.build_one(2), c.build_one(3))
print(c.also(), c.alive)
pm = Cell.__dict__['set_dead']
print(pm.args, pm.keywords, pm.func is Cell.__dict__['set_state'])
print(repr(functools.partialmethod(len, 1, a=2)))
try:
    functools.partialmethod(5)
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"other:{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"

    @fmt.register(list)
    def _(self, arg):
        return "[" + ",".join(self.fmt(x) for x in arg) + "]"

    @functools.singledispatchmethod
    @classmethod
    def parse(cls, arg):
        return ("cls", cls.__name__, arg)

    @parse.register
    @classmethod
    def _(cls, arg: str):
        return ("cls-str", cls.__name__, arg.strip())


f = Formatter()
print(f.fmt(5), f.fmt([1, -2, "a"]), f.fmt(2.5))
print(Formatter.parse(1), Formatter.parse("  x "), f.parse(" y"))
print(f.fmt.__name__, Formatter.fmt.__name__)

# wraps / update_wrapper


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return ("logged", func(*args, **kwargs))
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


add.extra = "kept"
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__annotations__)
print(add.__wrapped__(1, 2), add.__module__)


def source():
    pass


source.tag = "t"
source.__wrapped__ = "old"


def target():
    pass


functools.update_wrapper(target, source, assigned=('__name__',), updated=('__dict__',))
print(target.__name__, target.__qualname__, target.tag, target.__wrapped__ is source)
functools.update_wrapper(target, object(), assigned=('__nonexistent__',), updated=())
print(target.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
w = functools.wraps(source)
print(type(w).__name__, w.func is functools.update_wrapper, sorted(w.keywords))

# reduce
import operator
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(operator.add, [[1], [2], [3]], []))
print(functools.reduce(lambda a, b: a + b, "abc"), functools.reduce(max, [], "init"))
print(functools.reduce(lambda acc, x: {**acc, x: len(x)}, ["aa", "b"], {}))
for args, kw in [((), {}), ((operator.add,), {}), ((operator.add, 5), {}),
                 ((operator.add, []), {}), ((operator.add, [], 0, 1), {}),
                 ((operator.add, [1]), {'initial': 0})]:
    try:
        print(functools.reduce(*args, **kw))
    except TypeError as e:
        print("TypeError", e)

# cmp_to_key
def by_len_then_alpha(a, b):
    return (len(a) - len(b)) or ((a > b) - (a < b))


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(max(words, key=functools.cmp_to_key(by_len_then_alpha)))
K = functools.cmp_to_key(by_len_then_alpha)
print(K("ab") < K("abc"), K("ab") == K("ab"), K("b") >= K("a"), K("x").obj)
try:
    K("a") < "b"
except TypeError as e:
    print("TypeError", e)

# partial
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords, p("11", base=10))
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
print(functools.partial[int])


class Holder:
    method = functools.partial(lambda *a: a, "first")


print(Holder().method("x"))  # partial objects do not bind as methods
