# return in finally overrides try's return and swallows exceptions
def a():
    try:
        return "try"
    finally:
        return "finally"
print(a())
def b():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(b())
def c():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            print("last iteration lets it out")
try:
    c()
except KeyError as e:
    print("KeyError", e)
def d():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(d())
def e():
    n = 1
    try:
        return n
    finally:
        n = 2
print(e())
def f():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as err:
        return "caught " + str(err)
    finally:
        print("outer finally")
print(f())
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("g finally runs")
print(g())
def h():
    while True:
        try:
            break
        finally:
            print("h finally on break")
    return "after loop"
print(h())
def i():
    try:
        raise TypeError("first")
    finally:
        try:
            raise ValueError("second")
        except ValueError as err:
            print("handled", err, "context:", repr(err.__context__))
try:
    i()
except TypeError as err:
    print("outer got", err)
def j():
    try:
        return 1
    finally:
        raise RuntimeError("finally raises")
try:
    j()
except RuntimeError as err:
    print(err, err.__context__)
