# isinstance, issubclass, type
vals = [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, type]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(type(1) is int, type(True) is bool, type(True) is int, type(None).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(type, object))
print(issubclass(list, (str, list)), issubclass(int, ()), isinstance(int, type), isinstance(type, type))
print(type("X", (), {}).__name__, type(type("Y", (int,), {})(5)).__mro__[1].__name__)
print(type(3)(7), type("a")(5), type([])("ab"), type(()) is tuple)
print(str(type(1)), repr(type("s")), str(int), repr(list), str(type(None)))
class Local:
    pass
print(str(Local), repr(type(Local())))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(int | str, list[int], dict[str, int])
