# Class body scoping: statements in class bodies, __class__ cell, locals(), name resolution rules.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


name = "global"


class Body:
    print("class body runs at definition, name =", name)
    name = "class"
    print("now name =", name)
    squares = {}
    for i in range(3):
        squares[i] = i * i
    if len(squares) > 2:
        big = True
    else:
        big = False
    del i
    local_names = sorted(k for k in locals() if not k.startswith("__"))

    def method(self):
        return name

    def uses_class(self):
        return __class__.__name__

    def zero_super(self):
        return super().__repr__()[:7]


print(Body.squares, Body.big, Body.local_names)
print(Body().method(), Body().uses_class(), Body().zero_super())
print(Body.__dict__.get("i", "i deleted"), "__qualname__" in Body.local_names)


def factory(x):
    class Inner:
        value = x
        doubled = x * 2

        def get(self):
            return x
    x = "rebound after class"
    return Inner


I = factory(5)
print(I.value, I.doubled, I().get())


def class_global():
    class G:
        global created_by_class
        created_by_class = "set from class body"
    return G


class_global()
print(created_by_class)


def nonlocal_from_method():
    counter = 0

    class C:
        def bump(self):
            nonlocal counter
            counter += 1
            return counter
    c = C()
    c.bump()
    c.bump()
    return counter


print(nonlocal_from_method())


class Shadowing:
    len = 5
    size = len
    attempt_len = [len] * 2


print(Shadowing.size, Shadowing.attempt_len, len("abc"))


class Nested:
    x = 1

    class Inner:
        try:
            y = x
        except NameError as e:
            err = str(e)


print(Nested.Inner.err)


class Lam:
    k = 10
    f = lambda self: k if False else "lambda cannot see class vars"


print(Lam().f())


class WithDocAndReturn:
    "docstring"
    __doc__ += " extended"


print(WithDocAndReturn.__doc__)
attempt("__class__ in class body", lambda: exec("class X:\n    y = __class__\n"))


class Prepared:
    __module__ = "custom.module"


print(Prepared.__module__, repr(Prepared))
