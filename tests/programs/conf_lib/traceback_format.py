import traceback, sys

def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s)
    print(s.count("\n"), s.splitlines()[-1])
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    tb = e.__traceback__
    print(len(traceback.extract_tb(tb)), traceback.extract_tb(tb)[0].name, traceback.extract_tb(tb)[0].lineno)
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    print(traceback.format_exc())
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during")
except TypeError:
    traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
def f():
    raise ValueError("in f")
try:
    f()
except ValueError:
    traceback.print_exc()
print("done")
