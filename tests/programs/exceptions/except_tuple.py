# except with tuples of types and handler ordering
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("bad")
    if kind == 4:
        return undefined_name
    return "fine"
for k in range(6):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print(k, "arith/index:", type(e).__name__, e)
    except LookupError as e:
        print(k, "lookup:", type(e).__name__, e)
    except (ValueError,) as e:
        print(k, "value:", e)
    except Exception as e:
        print(k, "generic:", type(e).__name__, e)
errors = (KeyError, TypeError)
try:
    None + 1
except errors as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise KeyError("x")
except Exception:
    print("first matching handler wins")
except KeyError:
    print("never")
nested = (ValueError, (KeyError, TypeError))
try:
    try:
        raise KeyError(1)
    except nested:
        print("nested tuple matched")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
