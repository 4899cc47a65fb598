class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcls, name, bases, ns)

class Base(metaclass=Meta):
    pass

D = type("D", (Base,), {})
print(type(D).__name__)
import abc
A = type("A", (abc.ABC,), {})
print(type(A).__name__)
class M2(type):
    def __init__(cls, name, bases, ns):
        print("M2.__init__", name)
        super().__init__(name, bases, ns)
class B2(metaclass=M2): pass
E = type("E", (B2,), {"x": 1})
print(type(E).__name__, E.x, E.__module__)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
C = type("C", (A,), {})
try:
    C()
except TypeError as e:
    print(e)
