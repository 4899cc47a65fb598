# decorators with arguments, stacking order and decorator classes
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a):
            extra = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
            return f"<{name}{extra}>{fn(*a)}</{name}>"
        return wrapper
    return deco

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"arg {i} of {fn.__name__} must be {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

@tag("b")
@tag("a", href="/x", cls="link")
def link(text):
    return text
print(link("click"))

@validate(int, int)
def add(a, b):
    return a + b
print(add(2, 3))
try:
    add(2, "3")
except TypeError as e:
    print("TypeError:", e)

order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        def w():
            order.append("call " + label)
            return fn()
        return w
    return deco

@mark("outer")
@mark("inner")
def f():
    order.append("body")
f()
print(order)

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x
print([square(i) for i in range(5)], square.n)

def retry(attempts):
    def deco(fn):
        def wrapper():
            for i in range(1, attempts + 1):
                try:
                    return fn(i)
                except ValueError as e:
                    print(f"  attempt {i} failed: {e}")
            return "gave up"
        return wrapper
    return deco

@retry(4)
def flaky(i):
    if i < 3:
        raise ValueError(f"bad luck {i}")
    return f"ok on {i}"
print(flaky())
@retry(2)
def never(i):
    raise ValueError("nope")
print(never())
