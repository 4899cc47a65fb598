# None
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None)
print(bool(None), not None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None, None], (None,), {None: None})
print(None == 0, None == False, None == "")
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fn = None
    fn()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None))
y = None or 5
print(y)
print(f"{None}", "%s" % None, "{}".format(None))
