# except E as e, and name unbinding after the handler
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e, e.args)
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
err = "outer value"
try:
    raise ValueError("inner")
except ValueError as err:
    print("handler sees", err)
print("err bound after?", "err" in globals())
def f():
    x = "before"
    try:
        [][0]
    except IndexError as x:
        print("in handler", x)
    try:
        return x
    except UnboundLocalError as u:
        return type(u).__name__
print(f())
saved = None
try:
    {}["missing"]
except KeyError as k:
    saved = k
print("saved survives:", type(saved).__name__, saved, saved.args)
try:
    int("x")
except (ValueError, TypeError) as e2:
    print(type(e2).__name__, e2)
try:
    try:
        raise TypeError("t")
    except ValueError as e:
        print("wrong handler")
except TypeError as e:
    print("outer got", e)
try:
    raise OSError(2, "No such file", "name.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e, type(e).__name__)
