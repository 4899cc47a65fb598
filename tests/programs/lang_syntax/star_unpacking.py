# Star-unpacking in assignments, calls, displays, for targets; error messages.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


a, *b, c = range(6)
print(a, b, c)
*init, last = "xyz"
print(init, last)
first, *rest = [1]
print(first, rest)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)


def f(*args, **kwargs):
    return args, kwargs


l1, l2 = [1, 2], (3,)
d1, d2 = {"a": 1}, {"b": 2}
print(f(*l1, *l2, 0, *"ab"))
print(f(**d1, **d2, c=3))
print(f(*l1, x=1, *l2, **d1))
print([*l1, *l2, *range(2)], (*l1,), {*l1, *l2} == {1, 2, 3})
print({**d1, **d2, "a": 9}, {"a": 0, **d1})
print(*[1, 2], sep="-")


def kw_dup():
    return f(**d1, **{"a": 2})


def kw_dup2():
    return f(a=1, **d1)


attempt("duplicate kw", kw_dup)
attempt("duplicate kw explicit", kw_dup2)
attempt("non-mapping **", lambda: f(**[1]))
attempt("non-iterable *", lambda: f(*5))
attempt("non-str keys", lambda: f(**{1: 2}))


def too_many():
    a, b = 1, 2, 3


def too_few():
    a, b, c = [1, 2]


def star_too_few():
    a, b, *c = [1]


def unpack_int():
    a, b = 5


attempt("too many", too_many)
attempt("too few", too_few)
attempt("star too few", star_too_few)
attempt("unpack int", unpack_int)
attempt("unpack str", lambda: [(a, b) for a, b in ["abc"]])
attempt("unpack dict", lambda: [(k, v) for k, v in {"ab": 1, "cd": 2}])


def gen():
    yield 1
    yield 2
    yield 3


g1, *g2 = gen()
print(g1, g2)
s = {}
s["k"], *s["rest"] = "hello"
print(s)


class Obj:
    pass


o = Obj()
o.a, o.b = o.b, o.a = 1, 2
print(o.a, o.b)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
m = n = [0]
m += [1]
print(n)
x1 = y1 = z1 = "chain"
print(x1, y1, z1)
print([*[], *()], {**{}}, f(*(), **{}))
