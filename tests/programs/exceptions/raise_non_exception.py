# raising objects that are not exceptions, and odd raise forms
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError", e)
    except Exception as e:
        print("other", type(e).__name__, e)
def r1():
    raise 5
def r2():
    raise "string"
def r3():
    raise int
def r4():
    raise ValueError from 5
def r5():
    raise ValueError("x") from "cause"
def r6():
    raise object()
def r7():
    class NotExc:
        pass
    raise NotExc
def r8():
    raise None
for fn in [r1, r2, r3, r4, r5, r6, r7, r8]:
    attempt(fn)
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e), e.args)
try:
    raise KeyError from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
try:
    raise IndexError("i") from ValueError
except IndexError as e:
    print(repr(e.__cause__))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)
def bare():
    raise
try:
    bare()
except RuntimeError as e:
    print("RuntimeError", e)
class WeirdNew(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise WeirdNew
except TypeError as e:
    print("TypeError", e)
try:
    raise Exception
except BaseException as e:
    print(type(e).__name__, repr(e), str(e) == "")
