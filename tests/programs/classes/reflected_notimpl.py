# NotImplemented handling, reflected operands and subclass priority
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A-radd"
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B-radd"
    def __gt__(self, o):
        print("B.__gt__")
        return "B-gt"
print(A() + B())
try:
    print(A() + A())
except TypeError as e:
    print(type(e).__name__, e)
print(1 + A())
print(A() < B())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __mul__(self, o):
        print("Base.__mul__")
        return "base"
    def __rmul__(self, o):
        print("Base.__rmul__")
        return "base-r"
class Sub(Base):
    def __rmul__(self, o):
        print("Sub.__rmul__")
        return "sub-r"
print(Base() * Sub())
print(Sub() * Base())
class Sub2(Base):
    pass
print(Base() * Sub2())
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return NotImplemented
print(E() == E(), E() != 3)
class NoOps:
    pass
for op in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", "&", "<", ">="]:
    try:
        eval("NoOps() %s 1" % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -NoOps()
except TypeError as e:
    print(type(e).__name__, e)
class IAdd:
    def __iadd__(self, o):
        print("IAdd.__iadd__")
        return NotImplemented
    def __add__(self, o):
        print("IAdd.__add__")
        return "fell back"
x = IAdd()
x += 1
print(x)
try:
    y = NoOps()
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((3).__add__("x"), (3.0).__radd__(1), "a".__mul__(2), (3).__truediv__(0.5), [1].__iadd__((2,)))
