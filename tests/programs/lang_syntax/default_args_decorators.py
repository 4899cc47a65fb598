# Default-argument evaluation time, decorators with arguments, decorator order, functools-free wraps.
log = []


def make_default(tag):
    log.append(tag)
    return tag


def f(a=make_default("A"), b=make_default("B")):
    return a, b


log.append("defined")
print(f(), f(1), log)


def accumulate(x, acc=[]):
    acc.append(x)
    return acc


print(accumulate(1), accumulate(2), accumulate(3, []), accumulate(4))
print(accumulate.__defaults__)

n = 10


def uses_global_default(x=n):
    return x


n = 20
print(uses_global_default())


def trace(label):
    log.clear()

    def decorator(fn):
        log.append(f"decorating {fn.__name__} with {label}")

        def wrapper(*args, **kwargs):
            print(f"  [{label}] calling {fn.__name__}{args}")
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorator


def order(name):
    print("evaluating decorator expression", name)

    def deco(fn):
        print("applying", name)
        return fn
    return deco


@order("first")
@order("second")
@trace("T")
def target(x, y=1):
    return x + y


print(target(2), target.__name__, target.__wrapped__(5))


class Registry:
    def __init__(self):
        self.items = {}

    def register(self, name=None):
        def deco(fn):
            self.items[name or fn.__name__] = fn
            return fn
        return deco


reg = Registry()


@reg.register()
def alpha():
    return "a"


@reg.register("custom")
def beta():
    return "b"


print(sorted(reg.items), reg.items["custom"]())

handlers = [lambda f: f, lambda f: (lambda: "wrapped " + f())]


@handlers[1]
def indexed():
    return "x"


print(indexed())


@(lambda f: f)
def arbitrary_expr():
    return "ok"


print(arbitrary_expr())


def counting(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@counting
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


print(fib(10), fib.calls)


class Deco:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *a):
        return ("Deco", self.fn(*a))

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)


class UsesDeco:
    @Deco
    def method(self, v):
        return v * 2


print(UsesDeco().method(4), type(UsesDeco.method).__name__)


def kwdefaults(*, k=make_default("K")):
    return k


print(kwdefaults(), kwdefaults.__kwdefaults__)
