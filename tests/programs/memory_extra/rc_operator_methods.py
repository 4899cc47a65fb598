# Refcount of self inside operator / protocol methods
import sys
R = sys.getrefcount
class A:
    def __add__(self, o): return R(self)
    def __radd__(self, o): return R(self)
    def __lt__(self, o): return R(self)
    def __contains__(self, k): return R(self)
    def __setitem__(self, k, v): print("setitem", R(self))
    def __delitem__(self, k): print("delitem", R(self))
    def __neg__(self): return R(self)
    def __bool__(self): print("bool", R(self)); return True
    def __hash__(self): print("hash", R(self)); return 1
    def __index__(self): return 0
    def __repr__(self): print("repr", R(self)); return "A"
    def __format__(self, spec): print("format", R(self)); return "A"
    def __setattr__(self, k, v): print("setattr", R(self))
    def __getattribute__(self, k):
        if k == "zz": return R(self)
        return object.__getattribute__(self, k)
    def __next__(self): return R(self)
    def __enter__(self): return R(self)
    def __exit__(self, *a): pass
a = A()
print("add", a + 1, "radd", 1 + a, "lt", a < 1, "gt", 1 > a, "in", 1 in a, "neg", -a)
a[0] = 1
del a[0]
if a: pass
hash(a)
{a: 1}
[0][a]
repr(a)
format(a, "")
"%r" % (a,)
a.x = 1
print("getattribute", a.zz)
print("next", next(a))
print("getattr()", getattr(a, "zz"))
