class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __getstate__(self):
        return (self.x, self.y)
    def __setstate__(self, st):
        self.x, self.y = st
import copy, pickle
v = Vec(1, 2)
print(copy.copy(v), copy.deepcopy(v), pickle.loads(pickle.dumps(v)))
print(Vec.__slots__, [d for d in dir(v) if d in ("x", "y")], v.__slots__)
try:
    v.__dict__
except AttributeError as e:
    print(e)
try:
    vars(v)
except TypeError as e:
    print(e)
class Weak:
    __slots__ = ("__weakref__",)
import weakref
w = Weak()
r = weakref.ref(w)
print(r() is w)
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class Both(S1, S2):
        pass
except TypeError as e:
    print(e)
class Dup(S1):
    __slots__ = ("a",)
d = Dup(); d.a = 5
print(d.a)
try:
    class BadSlot:
        __slots__ = ("1abc",)
except TypeError as e:
    print(e)
try:
    class DictTwice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
class P:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10
p = P(); p.v = 2
print(p.v, type(P._v).__name__)
print(P._v.__name__, P._v.__objclass__.__name__)
try:
    P().v
except AttributeError as e:
    print(e)
