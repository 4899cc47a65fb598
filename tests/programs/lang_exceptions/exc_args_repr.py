# Exception args, str/repr with 0/1/2 args, KeyError repr, subclass __init__ interplay.
cases = [
    Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(("t",)),
    ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1),
    IndexError(5), OSError(2, "No such file"), OSError("just msg"), OSError(2, "x", "fname"),
    StopIteration(7), SystemExit(3), UnicodeError("u"), AttributeError("attr"),
    NameError("nm"), ZeroDivisionError("division by zero"), Exception([1, 2]),
]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:28} repr={e!r} args={e.args}")

print(KeyError("multi\nline"), repr(KeyError("quote'")), str(KeyError("")))
e = OSError(2, "No such file", "path.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
fe = FileNotFoundError(2, "missing", "a.txt")
print(fe, isinstance(fe, OSError), fe.errno)
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__)
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(1, 2).code, SystemExit().code)


class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


w = WithInit(1, 2)
print(w, repr(w), w.args, w.b)


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


ns = NoSuper(3)
print(str(ns), repr(ns), ns.args)


class CustomStr(Exception):
    def __str__(self):
        return "custom!"


print(str(CustomStr(1)), repr(CustomStr(1)))
err = ValueError("x")
err.args = ("changed", 1)
print(err, repr(err))
err.args = "abc"
print(err.args)
try:
    err.args = 5
except TypeError as ex:
    print("TypeError", ex)
print(BaseException.__mro__[-1].__name__, ValueError.__mro__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print([c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"])
print(Exception("a") == Exception("a"), hash(Exception) == hash(Exception))
ex = Exception("with traceback")
print(ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
print(ex.with_traceback(None) is ex)
try:
    raise ex
except Exception as caught:
    print(caught is ex, type(caught.__traceback__).__name__, caught.__traceback__.tb_lineno)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(SyntaxError("msg", ("f.py", 3, 4, "x = (", 3, 5))))
se = SyntaxError("bad", ("f.py", 3, 4, "text", 3, 5))
print(se.filename, se.lineno, se.offset, se.text, se.msg, str(se))
