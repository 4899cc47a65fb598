# isinstance / issubclass with user classes and tuples
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(b, (C, (int, B))), issubclass(B, (C, A)), issubclass(C, (A, B)))
print(isinstance(A, type), isinstance(A(), object), issubclass(bool, (str, int)))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, "A")
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is str
class Intish(metaclass=Meta):
    pass
print(isinstance(5, Intish), isinstance("5", Intish), issubclass(str, Intish), issubclass(int, Intish))
print(type(Intish).__name__, isinstance(Intish, Meta))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance([], (list, tuple)))
print(type(b) is B, type(b) is A, type(b) == B)
