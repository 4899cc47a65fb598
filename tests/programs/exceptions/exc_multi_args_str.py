# str()/repr()/args of exceptions built with zero, one or many arguments
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1, 2, 3), ValueError(("tup",)),
         ValueError(None), ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(("t", 1)),
         IndexError(5), OSError(2, "No such file"), OSError("just msg"), Exception([1, 2]), StopIteration(7),
         UnicodeError("u"), RuntimeError(b"bytes"), ArithmeticError(1.5), LookupError("it's")]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = OSError(2, "No such file", "path.txt")
print(str(e), e.errno, e.strerror, e.filename, type(e).__name__)
print(str(FileNotFoundError(2, "gone", "f")), type(OSError(2, "x")).__name__)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
print(str(MyErr(4, "bad")), repr(MyErr(4, "bad")), MyErr(4, "bad").args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(str(NoSuper(1, 2)), repr(NoSuper(1, 2)), NoSuper(1, 2).args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")), WithStr("x").args)
e = ValueError("a")
e.args = ("changed", 2)
print(str(e), repr(e))
e.args = [1]
print(repr(e.args), str(e))
print(str(StopIteration()), StopIteration(7).value, StopIteration(1, 2).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise ValueError("x", "y")
except ValueError as err:
    print("caught", err, "|", *err.args)
print(str(KeyError("")), str(KeyError(None)), str(KeyError(0)))
