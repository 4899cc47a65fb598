# zero-argument super()
class Base:
    def __init__(self, v):
        self.v = v
        print("Base.__init__", v)
    def describe(self):
        return "Base(" + str(self.v) + ")"
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
        print("Child.__init__", w)
    def describe(self):
        return "Child<" + super().describe() + ">"
c = Child(1, 2)
print(c.describe(), c.v, c.w)
class A:
    def f(self):
        return ["A"]
class B(A):
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
print(D().f(), B().f())
print(super(B, D()).f(), super(C, D()).f())
class K:
    @classmethod
    def make(cls):
        return "K.make for " + cls.__name__
class L(K):
    @classmethod
    def make(cls):
        return "L:" + super().make()
print(L.make(), L().make())
class P:
    def __init__(self):
        self.log = ["P"]
class Q(P):
    def __init__(self):
        super().__init__()
        self.log.append("Q")
print(Q().log)
class R(Q):
    def meth(self):
        def inner():
            return "nested"
        return super().__init__ is not None and inner()
print(R().meth())
