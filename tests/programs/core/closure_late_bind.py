# closures see variables at call time, not definition time
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    acc = []
    for j in range(3):
        def g():
            return j
        acc.append(g)
    j = 100
    return acc
print([g() for g in make()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
def cells():
    a = 1
    def f():
        return a
    print(f.__code__.co_freevars, f.__closure__[0].cell_contents)
    a = 2
    print(f.__closure__[0].cell_contents, f())
    del a
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
cells()
def outer():
    x = "first"
    inner = lambda: x
    x = "second"
    return inner
print(outer()())
def gen_closure():
    funcs = []
    for k in "ab":
        funcs.append(lambda p="!": k + p)
    return [f() for f in funcs]
print(gen_closure())
def shadow():
    v = 1
    def a():
        v = 2
        def b():
            return v
        return b()
    return a(), v
print(shadow())
print(make.__closure__, counter()[0].__closure__ is not None)
