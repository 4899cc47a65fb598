# __context__, __cause__ and __suppress_context__ bookkeeping
def show(e):
    print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("b") from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("x") from TypeError("t")
except ValueError as e:
    show(e)
try:
    raise ValueError("y") from TypeError
except ValueError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    show(e)
try:
    try:
        1 / 0
    finally:
        raise IndexError("in finally")
except IndexError as e:
    show(e)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise TypeError(2)
        except TypeError:
            raise OSError(3)
except OSError as e:
    show(e)
    show(e.__context__)
err = RuntimeError("manual")
err.__cause__ = KeyError("set by hand")
show(err)
err.__suppress_context__ = False
print(err.__suppress_context__)
try:
    try:
        raise KeyError("same")
    except KeyError as k:
        raise k
except KeyError as e:
    print("reraise context", e.__context__)
try:
    raise ValueError("c")
except ValueError as e:
    print(e.with_traceback(None) is e, e.__traceback__ is not None)
