def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])

def shared_cell():
    value = []
    def add(v):
        value.append(v)
    def reset():
        nonlocal value
        value = []
    def get():
        return value
    return add, reset, get

add, reset, get = shared_cell()
add(1); add(2)
print(get())
reset(); add(3)
print(get())

def counter_factory():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter
c = counter_factory()
c(); c()
print(c(), c.calls)

def decorator_with_state(func):
    history = []
    def wrapper(*a):
        history.append(a)
        return func(*a)
    wrapper.history = history
    return wrapper

@decorator_with_state
def mul(a, b):
    return a * b
print(mul(2, 3), mul(4, 5), mul.history)

x = 0
def level1():
    x = 1
    def level2():
        global x
        x = 2
        def level3():
            return x
        return level3()
    return level2(), x
print(level1(), x)

def gen_closure():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    yield acc
    yield total
g = gen_closure()
acc = next(g)
acc(5); acc(6)
print(next(g))

def outer():
    y = "enclosing"
    class Inner:
        y = "class attr"
        def method(self):
            return y
    return Inner().method(), Inner.y
print(outer())
import functools
@functools.wraps(mul)
def wrapped(*a):
    return mul(*a)
print(wrapped.__name__, wrapped.__wrapped__.__name__)
