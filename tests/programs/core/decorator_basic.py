# decorators
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
calls = []
def trace(func):
    def wrapper(*args):
        calls.append(func.__name__)
        return func(*args)
    wrapper.__name__ = "traced_" + func.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
def first(f):
    print("applying first")
    return lambda: "first(" + f() + ")"
def second(f):
    print("applying second")
    return lambda: "second(" + f() + ")"
@first
@second
def base():
    return "base"
print(base())
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return 1
@register
def beta():
    return 2
print(sorted(registry), registry["beta"]())
def count_calls(f):
    def w(*a):
        w.count += 1
        return f(*a)
    w.count = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.count)
@lambda f: f() * 2
def value():
    return 21
print(value)
