# getattr, setattr, hasattr, delattr
class Obj:
    cls_attr = "class"
    def method(self):
        return "method result"
o = Obj()
setattr(o, "x", 1)
print(getattr(o, "x"), o.x, getattr(o, "cls_attr"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "method"), hasattr(Obj, "x"))
print(getattr(o, "y", "default"), getattr(o, "y", None))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
setattr(o, "with space", "odd")
print(getattr(o, "with space"), sorted(vars(o)))
setattr(Obj, "added", 99)
print(o.added, getattr(Obj, "added"))
names = ["a", "b", "c"]
for i, n in enumerate(names):
    setattr(o, n, i)
print([getattr(o, n) for n in names])
print(getattr([], "append").__name__, getattr("s", "upper")(), hasattr(None, "__class__"))
class Raises:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
