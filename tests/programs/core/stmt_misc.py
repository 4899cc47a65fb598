# pass, assert, semicolons, multiple statements, line continuation
def nothing():
    pass
print(nothing())
x = 1; y = 2; z = x + y
print(x, y, z)
total = 1 + \
    2 + \
    3
print(total)
lst = [
    1,
    2,
    3,
]
print(lst)
assert x == 1
assert x == 1, "message not used"
try:
    assert x == 2, "x should be 2"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
class Empty:
    pass
print(type(Empty).__name__, Empty.__name__)
if True: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
...
print(..., type(...).__name__, Ellipsis is ...)
"""a docstring-like expression statement"""
def documented():
    """The docstring."""
    return documented.__doc__
print(documented())
print(nothing.__doc__)
