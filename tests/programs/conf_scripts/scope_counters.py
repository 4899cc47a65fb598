counter = 0

def incr():
    global counter
    counter += 1
    return counter

def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = start
    step.reset = reset
    return step

for _ in range(3):
    incr()
print(counter)
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(5), c1(10), c2())
c1.reset()
print(c1())

def bad():
    print(counter)
    counter = 5
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())

class Config:
    x = "class"
    values = [x for _ in range(2)]
    def method(self):
        return x
print(Config.values, Config().method())

def gen_ids():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"id{n:03d}"
    return nxt
nxt = gen_ids()
print([nxt() for _ in range(3)])
print(incr.__name__, make_counter.__code__.co_varnames[:1], c1.__closure__ is not None)

def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
acc(1); acc(2)
print(acc(3))
y = 10
def shadow(y):
    y += 1
    return y
print(shadow(y), y)
def show_locals():
    a = 1
    b = [2]
    return sorted(locals().items())
print(show_locals())
print("counter" in globals(), globals()["counter"])
