# exceptions raised inside handlers, bare raise, and sys.exc_info restoration
import sys
def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None)
print(info())
try:
    raise KeyError("outer")
except KeyError:
    print("in outer handler", info())
    try:
        raise ValueError("inner")
    except ValueError:
        print("in inner handler", info())
    print("back in outer handler", info())
print("after all", info())
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        try:
            raise ValueError("temporary")
        except ValueError:
            pass
        raise
try:
    reraiser()
except Exception as e:
    print("bare raise re-raised", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("from handler")
try:
    handler_raises()
except KeyError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)
def nested_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally sees", info())
    except ValueError:
        print("caught", info())
nested_finally()
def gen():
    try:
        yield info()
        raise IndexError("gen")
    except IndexError:
        yield info()
try:
    raise OSError("caller")
except OSError:
    g = gen()
    print("gen first", next(g))
print("gen second", next(g))
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
        raise
except ValueError as again:
    print(again is err)
try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print("tuple handler", repr(e))
except KeyError:
    print("unreachable")
handlers = (TypeError,)
try:
    raise TypeError("dyn")
except handlers as e:
    print("dynamic tuple", e)
try:
    try:
        raise ValueError("v")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
