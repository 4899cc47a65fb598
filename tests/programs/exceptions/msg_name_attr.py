# NameError / AttributeError messages
try:
    undefined_variable
except NameError as e:
    print(type(e).__name__, e)
def f():
    return not_defined_anywhere + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
for obj, attr in [(1, "foo"), ("s", "bar"), ([], "push"), ({}, "has_key"), (None, "x"), (object(), "y"), (int, "zz"), (print, "attr")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
class C:
    pass
try:
    C().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C().nothing
except AttributeError as e:
    print(type(e).__name__, e)
