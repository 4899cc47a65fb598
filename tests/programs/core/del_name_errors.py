# del statement on names, items, attributes, slices and the resulting errors
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
def f():
    b = 1
    del b
    try:
        del b
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        print(b)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    b = 2
    return b
print(f())
lst = list(range(10))
del lst[::3]
print(lst)
del lst[1:3], lst[0]
print(lst)
try:
    del lst[99]
except IndexError as e:
    print(type(e).__name__, e)
d = {"k": 1, "j": 2}
del d["k"]
try:
    del d["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(d)
class O:
    cls_attr = 1
o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
x, y, z = 1, 2, 3
del (x, y), [z]
print("x" in dir(), "z" in dir())
try:
    del lst[1.5]
except TypeError as e:
    print(type(e).__name__, e)
lst2 = [1, 2, 3]
del lst2[-1]
del lst2[:]
print(lst2)
