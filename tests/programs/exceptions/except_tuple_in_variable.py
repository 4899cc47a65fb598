# except clauses whose type comes from a variable, nested tuples, and bad types
HANDLED = (KeyError, IndexError)
def check(fn):
    try:
        fn()
    except HANDLED as e:
        return "handled " + type(e).__name__
    except (ValueError, TypeError, ZeroDivisionError) as e:
        return "nested " + type(e).__name__
    except Exception as e:
        return "fallback " + type(e).__name__
print(check(lambda: {}["x"]), check(lambda: [][1]), check(lambda: int("x")))
print(check(lambda: 1 + "a"), check(lambda: 1 / 0), check(lambda: undefined_thing))
groups = [ArithmeticError, LookupError]
try:
    [][0]
except groups[1] as e:
    print("via subscript", type(e).__name__)
def pick():
    print("pick evaluated")
    return OSError
try:
    raise FileNotFoundError("f")
except pick() as e:
    print("via call", type(e).__name__, isinstance(e, OSError))
empty = ()
try:
    try:
        raise ValueError("v")
    except empty:
        print("never")
except ValueError:
    print("empty tuple matches nothing")
try:
    try:
        raise ValueError("v")
    except [ValueError]:
        print("never")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("v")
    except "ValueError":
        print("never")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 5):
        print("matched first element before bad one")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("v")
    except (5, ValueError):
        print("never")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ZeroDivisionError("z")
    except (ValueError, (ZeroDivisionError,)):
        print("never")
except TypeError as e:
    print("nested tuple TypeError", e)
HANDLED = (RuntimeError,)
print(check(lambda: {}["y"]))
