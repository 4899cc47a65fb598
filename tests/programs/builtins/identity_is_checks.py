# identity checks with `is` that do not depend on addresses
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(True is (1 == 1), False is (1 > 2), bool(1) is True, bool(0) is False)
print(type(1) is int, type(True) is bool, type(True) is int, int is int)
d = {}
print(d.setdefault("k", a) is a, d["k"] is b, list(d.values())[0] is a)
t = (a,)
print(t[0] is a, tuple(t) is t, t[:] is t, list(a) is a, a[:] is a)
s = "hello"
print(s[:] is s, str(s) is s, s.strip() is s if False else "skip")
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs.copy() is fs)
e = ()
print(tuple() is e, tuple([]) is e)
class X:
    def m(self):
        pass
x = X()
print(x.m is x.m, x.m == x.m, X.m is X.m, x.m.__func__ is X.m, x.m.__self__ is x)
def f():
    pass
print(f is f, f.__code__ is f.__code__, (lambda: 0) is (lambda: 0))
it = iter(a)
print(iter(it) is it, iter(a) is iter(a))
g = (i for i in a)
print(iter(g) is g)
print(x.__class__ is X, X.__dict__ is X.__dict__, type(X) is type)
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
    print(err is saved, err.args is err.args)
print(sorted(a) is a, reversed(a) is reversed(a), min(a, c) is a, max([c, a]) is c)
print(dict.fromkeys("ab", a)["a"] is a, [a] * 2 == [a, a], ([a] * 2)[1] is a)
