# exact messages for argument binding errors
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
def f(a, b, /, c, *, d):
    return a, b, c, d
def g(x, y=1, *args, z, **kw):
    return x
def h():
    pass
def one(a):
    pass
class K:
    def m(self, a):
        pass
attempt(lambda: f(1, 2, 3, 4))
attempt(lambda: f(1, b=2, c=3, d=4))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, c=3, d=4, e=5))
attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, 3, c=3, d=4))
attempt(lambda: g())
attempt(lambda: g(1))
attempt(lambda: g(1, x=2, z=3))
attempt(lambda: h(1))
attempt(lambda: h(a=1))
attempt(lambda: one())
attempt(lambda: one(1, 2))
attempt(lambda: one(1, a=2))
attempt(lambda: K().m())
attempt(lambda: K().m(1, 2))
attempt(lambda: K.m(1))
attempt(lambda: one(**{"a": 1, "b": 2}))
attempt(lambda: one(*[1], **{"a": 1}))
attempt(lambda: g(1, **{"z": 1}, **{"z": 2}))
attempt(lambda: one(**{1: 2}))
attempt(lambda: one(*5))
attempt(lambda: one(**[1]))
attempt(lambda: (lambda a, b: 0)(1))
def kwonly(*, a, b, c=1):
    pass
attempt(lambda: kwonly())
attempt(lambda: kwonly(1))
attempt(lambda: kwonly(1, a=1, b=2))
def posmany(a, b, c, d=4, /):
    pass
attempt(lambda: posmany(1))
attempt(lambda: posmany(1, 2, 3, 4, 5))
attempt(lambda: posmany(1, 2, c=3))
print(g(1, z=2), f(1, 2, c=3, d=4), f(1, 2, 3, d=4))
