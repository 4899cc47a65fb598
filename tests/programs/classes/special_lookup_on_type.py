# implicit special-method lookup uses the type, not the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class Callable:
    pass
obj = Callable()
obj.__call__ = lambda: "called"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
print(obj.__call__())
Callable.__call__ = lambda self: "class call"
print(obj(), callable(obj))
class Adder:
    pass
a = Adder()
a.__add__ = lambda other: "inst add"
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
Adder.__add__ = lambda self, other: "class add %r" % other
print(a + 1)
class Ctx:
    pass
x = Ctx()
x.__enter__ = lambda: None
x.__exit__ = lambda *a: None
try:
    with x:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class It:
    pass
i = It()
i.__iter__ = lambda: iter([1])
try:
    iter(i)
except TypeError as e:
    print(type(e).__name__, e)
class Bool:
    pass
bb = Bool()
bb.__bool__ = lambda: False
print(bool(bb))
class Hashy:
    pass
h = Hashy()
h.__hash__ = lambda: 5
print(hash(h) != 5)
class Getter:
    def __getitem__(self, k):
        return "class getitem"
g = Getter()
g.__getitem__ = lambda k: "instance getitem"
print(g[0], g.__getitem__(0))
class Later:
    pass
l = Later()
Later.__len__ = lambda self: 7
Later.__eq__ = lambda self, o: True
Later.__hash__ = None
print(len(l), l == 3)
try:
    hash(l)
except TypeError as e:
    print(type(e).__name__, e)
del Later.__len__
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)
