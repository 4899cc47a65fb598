# closures
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shared():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = shared()
add("a")
add("b")
print(get(), add("c"))
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def cell_after():
    def f():
        return y
    y = 42
    return f()
print(cell_after())
def unbound():
    def f():
        return z
    r = None
    try:
        r = f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return r
print(unbound())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
