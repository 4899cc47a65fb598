# dir() lists the attributes that builtin types keep as descriptors (int.real, range.start,
# a function's __code__, an exception's args...), for instances and for the types, and each
# listed name resolves. Also: complex has no // or %, None and NotImplemented have __bool__.
import sys
import warnings


def gen():
    yield 1


class K:
    def meth(self):
        return super()


def f(a, b=2):
    return a


samples = [
    ("int", 7, ["denominator", "imag", "numerator", "real"]),
    ("bool", True, ["denominator", "imag", "numerator", "real"]),
    ("float", 2.5, ["imag", "real"]),
    ("complex", 3 + 4j, ["imag", "real"]),
    ("range", range(1, 9, 2), ["start", "step", "stop"]),
    ("slice", slice(1, 5), ["start", "step", "stop"]),
    ("function", f, ["__annotations__", "__closure__", "__code__", "__defaults__", "__dict__",
                     "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__"]),
    ("builtin", len, ["__module__", "__name__", "__qualname__", "__self__"]),
    ("method", K().meth, ["__func__", "__self__"]),
    ("generator", gen(), ["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running",
                          "gi_suspended", "gi_yieldfrom"]),
    ("property", property(f), ["__isabstractmethod__", "fdel", "fget", "fset"]),
    ("staticmethod", staticmethod(f), ["__func__", "__isabstractmethod__", "__wrapped__"]),
    ("super", K().meth(), ["__self__", "__self_class__", "__thisclass__"]),
    ("exception", ValueError("x"), ["__cause__", "__context__", "__suppress_context__",
                                    "__traceback__", "args"]),
    ("code", f.__code__, ["co_argcount", "co_consts", "co_filename", "co_firstlineno",
                          "co_name", "co_names", "co_nlocals", "co_varnames"]),
    ("frame", sys._getframe(), ["f_back", "f_code", "f_globals", "f_lineno", "f_locals"]),
]

for label, obj, names in samples:
    listed = dir(obj)
    print(label, [n for n in names if n in listed], all(hasattr(obj, n) for n in names))
    t = type(obj)
    print("  type", [n for n in names if n in dir(t)])

print("int", dir(5) == dir(int), len(dir(5)))


class MyInt(int):
    pass


print("subclass", [n for n in ("real", "numerator") if n in dir(MyInt(3))], "real" in dir(MyInt))
print("exception classes", [n for n in ("value", "args") if n in dir(StopIteration)],
      [n for n in ("code",) if n in dir(SystemExit)], [n for n in ("errno", "strerror") if n in dir(OSError)])
print("type", [n for n in ("__name__", "__bases__", "__mro__", "__qualname__") if n in dir(type)])

print("complex //", [n for n in ("__floordiv__", "__mod__", "__rmod__", "__add__") if n in dir(complex)])
for op in ("//", "%"):
    try:
        eval("(1+2j) " + op + " 2")
    except TypeError as e:
        print(op, e)

print(None.__bool__(), "__bool__" in dir(None))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), NotImplemented.__bool__(), not NotImplemented)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught][:1])
