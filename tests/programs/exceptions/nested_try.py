# nested try statements and exceptions in handlers
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 wrong type")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        raise TypeError("during handling")
except TypeError as e:
    print("outer", e, "context:", e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught after finally", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise IndexError(i)
            if i == 1:
                raise KeyError(i)
            print("no error", i)
        except IndexError as e:
            print("inner handled IndexError", e)
    except KeyError as e:
        print("outer handled KeyError", e)
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    exc_in_finally()
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
