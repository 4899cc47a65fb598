# staticmethod / classmethod accessed via instances, classes and subclasses
class A:
    count = 0
    @staticmethod
    def s(x=None):
        return ("static", x)
    @classmethod
    def c(cls, x=None):
        return ("class", cls.__name__, x)
    def i(self, x=None):
        return ("inst", type(self).__name__, x)
class B(A):
    pass
a, b = A(), B()
print(a.s(1), A.s(2), b.s(3))
print(a.c(1), A.c(2), b.c(3), B.c(4))
print(a.i(1), A.i(b, 2))
try:
    A.i()
except TypeError as e:
    print(type(e).__name__, e)
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__, type(A.s).__name__, type(A.c).__name__)
print(A.__dict__["s"].__func__ is A.s, A.c.__self__ is A, b.c.__self__ is B, a.i.__self__ is a)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
cm = classmethod(lambda cls: cls.__name__)
class C:
    name = cm
print(C.name(), C().name())
class D:
    @staticmethod
    def outer():
        return D.helper()
    @staticmethod
    def helper():
        return "helper"
print(D.outer(), D().outer())
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.bump(), Sub.bump(), Sub.bump(), Counter.n, Sub.n)
print(a.i == a.i, a.i is a.i, A.c == A.c, A.s is A.s)
m = a.i
a.i = "shadow"
print(m(), a.i, A.i(a))
print(a.c.__func__ is b.c.__func__, a.c.__name__, A.s.__qualname__, A.c.__qualname__)
class E:
    @staticmethod
    def st():
        return "st"
    alias = st
    def call_from_method(self):
        return self.st(), self.alias(), E.alias()
print(E().call_from_method())
