# callable()
class WithCall:
    def __call__(self):
        return 1
class Without:
    def method(self):
        pass
def func():
    pass
items = [len, print, func, lambda: 0, WithCall, WithCall(), Without, Without(), Without().method,
         1, "s", None, [], int, type, str.upper, "s".upper, object, object()]
for it in items:
    print(callable(it), end=" ")
print()
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
w = Without()
w.__call__ = lambda: 0
print(callable(w))
Without.__call__ = lambda self: "now callable"
print(callable(w), w())
