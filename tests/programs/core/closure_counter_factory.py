# closures: counters, accumulators, function factories and shared cells
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2())
c1.reset()
print(c1(), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 5)]
print([f(10) for f in make_multipliers()])
late = [lambda x: x * i for i in range(1, 5)]
print([f(10) for f in late])

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc("two")
print(acc(3.0))

def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(50)
print(dep(25), wd(100), wd(30), get())
print(dep.__closure__ is not None, len(get.__closure__), get.__code__.co_freevars)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))

def power(exp):
    def f(base):
        return base ** exp
    f.__name__ = f"pow{exp}"
    return f
sq, cube = power(2), power(3)
print(sq(9), cube(3), sq.__name__, cube.__name__)
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "rebound"
    return inner
print(outer()())
