def has(obj, *names):
    return [n for n in names if n in dir(obj)]
print(has(int, "real", "imag", "numerator", "denominator", "bit_length", "to_bytes"))
print(has(7, "real", "imag", "conjugate"), (7).real, (7).imag, (7).numerator, (7).denominator)
print(has(float, "real", "imag", "is_integer", "hex"), has(complex, "real", "imag", "conjugate"))
print(has(range(3), "start", "stop", "step", "count", "index"), range(2, 9, 3).start)
print(has(slice(1, 2), "start", "stop", "step", "indices"))
print(has(type, "__name__", "__qualname__", "__dict__", "__mro__", "__bases__", "mro"))
def f(a, b=2):
    return a
print(has(f, "__code__", "__defaults__", "__globals__", "__name__", "__qualname__", "__doc__", "__kwdefaults__", "__annotations__"))
print(has(ValueError("x"), "args", "__traceback__", "__cause__", "__context__", "with_traceback", "add_note"))
g = (x for x in [1])
print(has(g, "gi_frame", "gi_running", "gi_code", "send", "throw", "close"))
from collections import deque
print(has(deque, "maxlen", "append", "rotate"), hasattr(deque, "maxlen"))
print(hasattr(int, "real"), hasattr(complex, "imag"), hasattr(range, "start"))
print(type(int.__dict__["real"]).__name__, type(range.__dict__["start"]).__name__)
print(sorted(k for k in vars(slice) if not k.startswith("_")))
print(sorted(k for k in vars(range) if not k.startswith("_")))
