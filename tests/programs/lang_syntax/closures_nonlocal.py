# Nested functions, closures, nonlocal, cell semantics, late binding.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


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
inc()
inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x


print(outer())


def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]


def early():
    return [f() for f in [lambda i=i: i for i in range(3)]]


print(late(), early())


def unbound_cell():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print("NameError", e)
    value = 1
    return read()


print(unbound_cell())


def del_cell():
    v = 1

    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print("NameError", e)


del_cell()


def shadow():
    x = 1

    def f():
        x = 2
        return x
    return f(), x


print(shadow())


def local_before_assign():
    y = 10

    def f():
        try:
            print(y)
        except UnboundLocalError as e:
            print("UnboundLocalError", e)
        y = 5
    f()


local_before_assign()


def class_in_function():
    secret = 42

    class K:
        value = secret

        def get(self):
            return secret
    return K.value, K().get()


print(class_in_function())


def class_scope_skip():
    x = "function"

    class K:
        x = "class"

        def method(self):
            return x
    return K().method()


print(class_scope_skip())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1
        yield n
    return bump


b = counter_gen()
print(next(b()), next(b()), next(b()))
adders = {k: (lambda k: lambda x: x + k)(k) for k in range(3)}
print([adders[k](10) for k in range(3)])
print(make_counter()[0].__code__.co_freevars, make_counter.__code__.co_cellvars)
attempt("closure none", lambda: make_counter.__closure__)
