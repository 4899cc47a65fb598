# C3 MRO, conflicts, super() forms (zero-arg, two-arg, unbound, in classmethods).
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class O:
    def who(self):
        return ["O"]


class A(O):
    def who(self):
        return ["A"] + super().who()


class B(O):
    def who(self):
        return ["B"] + super().who()


class C(A, B):
    def who(self):
        return ["C"] + super().who()


print([k.__name__ for k in C.__mro__])
print(C().who())
print([k.__name__ for k in C.mro()])
print(super(A, C()).who())
print(super(C, C()).who())


class X: pass
class Y: pass
class Z1(X, Y): pass
class Z2(Y, X): pass


try:
    class Bad(Z1, Z2):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Order(object, X):
        pass
except TypeError as e:
    print("TypeError", e)


class K1: pass
class K2: pass
class K3: pass
class D1(K1, K2): pass
class D2(K2, K3): pass
class D3(K1, K3): pass
class Top(D1, D2, D3): pass


print([k.__name__ for k in Top.__mro__])


class Base:
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

    @staticmethod
    def util():
        return "Base.util"

    def __init__(self):
        self.trail = ["Base"]


class Child(Base):
    @classmethod
    def make(cls):
        return "Child+" + super().make()

    @staticmethod
    def util():
        return "Child+" + super(Child, Child).util()

    def __init__(self):
        super().__init__()
        self.trail.append("Child")


print(Child.make(), Child().make(), Child.util(), Child().trail)
unbound = super(Child)
print(type(unbound).__name__)
attempt("super bad type", lambda: super(int, "x"))
attempt("super attr missing", lambda: super(Child, Child()).nothing)
attempt("super repr kind", lambda: repr(super(Child, Child())).split(" ")[0])
attempt("super obj class", lambda: super(Child, Child()).__self_class__.__name__)
attempt("super thisclass", lambda: super(Child, Child()).__thisclass__.__name__)


def outside():
    return super().__init__()


attempt("super outside class", outside)


class Inner:
    def method(self):
        def helper():
            return super().method()
        return helper()


attempt("super in nested def", lambda: Inner().method())


class Lam(Base):
    def __init__(self):
        f = lambda: super(Lam, self).__init__()
        f()


print(Lam().trail)


class Slotted(list):
    def append(self, x):
        super().append(x * 10)


s = Slotted()
s.append(1)
print(s)


class Prop(Base):
    @property
    def name(self):
        return "prop"


class PropChild(Prop):
    @property
    def name(self):
        return "child+" + super().name


print(PropChild().name)
print(O.__mro__ == (O, object), object.__mro__, type.__mro__)
