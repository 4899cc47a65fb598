# isinstance/issubclass with nested tuples, and getattr/hasattr defaults
print(isinstance(1, (str, (float, (int,)))), isinstance("s", ((), (bytes,))), isinstance(True, ((int,),)))
print(issubclass(bool, (str, (list, (int,)))), issubclass(int, ()), isinstance(None, type(None)))
print(isinstance(1.0, (int, float) and int), isinstance([], (list,) * 3))
try:
    isinstance(1, (int, [float]))
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, (str, 5))
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (int, 5)))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, "int")
except TypeError as e:
    print("TypeError", e)
class Obj:
    present = "yes"
    @property
    def broken(self):
        raise AttributeError("inner attr error")
    @property
    def other(self):
        raise ValueError("not attr error")
o = Obj()
print(getattr(o, "present"), getattr(o, "missing", "dflt"), getattr(o, "missing", None))
print(getattr(o, "broken", "fallback"), hasattr(o, "broken"), hasattr(o, "present"))
try:
    getattr(o, "other", "fallback")
except ValueError as e:
    print("ValueError", e)
try:
    hasattr(o, "other")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(o, "a", "b", "c")
except TypeError as e:
    print("TypeError", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr(int, "from_bytes")(b"\x01", "big"))
print(getattr(None, "nope", []), getattr(Obj, "present"), getattr(type, "__name__"))
setattr(o, "dyn", 1)
print(o.dyn, delattr(o, "dyn"), hasattr(o, "dyn"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
