# exception args, str() and repr()
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42),
         KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("i"),
         Exception(None), Exception(""), Exception([1, 2]), OSError(), OSError("msg"),
         StopIteration(5), SystemExit(3), AttributeError("attr"), NameError("n")]
for c in cases:
    print(type(c).__name__, repr(str(c)), c.args, repr(c))
e = Exception("x")
e.args = ("y", "z")
print(str(e), e.args)
print(str(KeyError("it's")), repr(KeyError("it's")))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(UnicodeError("u"), LookupError("l"), ArithmeticError())
try:
    raise ValueError("multiple", "args")
except ValueError as err:
    print(err, err.args[1])
print(repr(BaseException("b")), str(BaseException("b", 1)))
try:
    raise KeyError(("tuple", "key"))
except KeyError as err:
    print(err, err.args)
