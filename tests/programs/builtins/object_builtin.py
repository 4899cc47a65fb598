# object() and default behaviour inherited from object
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p))
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"))
print(Plain.__eq__(p, p), Plain.__eq__(p, 1), Plain.__ne__(p, 1))
print(object.__name__, Plain.__mro__[-1] is object, object.__bases__)
sentinel = object()
def lookup(d, k):
    v = d.get(k, sentinel)
    return "missing" if v is sentinel else v
print(lookup({"a": None}, "a"), lookup({}, "a"))
print(p.__class__.__name__, p.__dict__)
print(format(p, "") == str(p))
try:
    format(p, "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
