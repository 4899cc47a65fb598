# bare raise re-raises the active exception
def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except KeyError as e:
    print("still first:", e)
def raise_e():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    raise_e()
except ZeroDivisionError as e:
    print("raise e:", e)
def in_finally():
    try:
        raise IndexError("from try")
    finally:
        print("finally runs before propagation")
try:
    in_finally()
except IndexError as e:
    print("propagated", e)
def helper():
    raise
try:
    try:
        raise NameError("inside")
    except NameError:
        helper()
except NameError as e:
    print("helper re-raised", e)
