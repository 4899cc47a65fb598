# isinstance / issubclass with nested tuples, ABCs and error messages
print(isinstance(1, (str, (float, (int,)))), isinstance("s", ()), issubclass(bool, ((), int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(type, type))
print(isinstance([], (list, tuple)), isinstance((), (list, (dict, (tuple,)))), isinstance(3, (type(None),)))
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, (int, Mid)), isinstance(Leaf(), Base))
print(issubclass(Leaf, Leaf), isinstance(Leaf, Base), isinstance(Leaf, type))
class HasLen:
    def __len__(self):
        return 0
it = iter([])
print(isinstance(it, type(iter(()))), type(it).__name__, isinstance(HasLen(), object), isinstance(len, type(print)))
print(isinstance(range(3), range), isinstance({}.keys(), type({1: 2}.keys())), isinstance(1.0, (int,)), isinstance(1j, complex))
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return True
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic))
m = Magic()
print(isinstance(m, Magic))
for fn in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
           lambda: issubclass(int, (1,)), lambda: isinstance(1, [int]), lambda: issubclass(int)]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(isinstance(1, (1, int)))
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) is int, type(True) == int, type(type) is type, type(object) is type, type(None).__name__)
print(int.__mro__, bool.__bases__, object.__bases__, Leaf.__base__.__name__)
