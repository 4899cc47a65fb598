# method resolution order of multiple-inheritance hierarchies
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
class F: pass
class G(D, F): pass
for cls in [A, B, D, E, G]:
    print(cls.__name__, names(cls))
print([c.__name__ for c in D.mro()], D.__bases__ == (B, C), D.__base__.__name__)
print(object.__mro__, bool.__mro__, type(D.__mro__).__name__)
try:
    class Bad(D, E):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class K1: pass
class K2: pass
class K3: pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z(Z1, Z2, K3): pass
print(names(Z))
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who(), names(Bottom))
print(issubclass(Bottom, Right), Bottom.__subclasses__(), [c.__name__ for c in Base.__subclasses__()])
class IntStr(int, Base):
    pass
print(names(IntStr), IntStr(3) + 1)
try:
    class Layout(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
