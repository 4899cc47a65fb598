def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get())
print(inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

X = "global"
def reader():
    return X
def writer():
    global X
    X = "changed"
print(reader()); writer(); print(reader())

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f()
    return x
print(outer())

def unbound():
    print(y)
    y = 2
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def freevar_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    z = 3
    return inner()
print(freevar_unbound())

def late():
    vals = []
    for n in range(3):
        def f():
            return n
        vals.append(f)
    n = 100
    return [v() for v in vals]
print(late())

class K:
    v = 5
    def m(self):
        return v if False else K.v
    lst = [v * 2 for _ in range(2)] if False else None
print(K().m(), K.lst)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
