# Which kinds of objects can be weakly referenced?
import weakref, threading, collections, re, io, sys, functools, itertools

class Plain: pass
class Slotted:
    __slots__ = ("a",)
def gen(): yield

candidates = [
    ("int", lambda: 12345), ("str", lambda: "s"), ("bytes", lambda: b"b"), ("tuple", lambda: (1,)),
    ("list", lambda: []), ("dict", lambda: {}), ("set", lambda: set()), ("frozenset", lambda: frozenset()),
    ("object()", lambda: object()), ("instance", Plain), ("slotted", Slotted), ("class", lambda: Plain),
    ("function", lambda: gen), ("lambda", lambda: (lambda: 0)), ("generator", gen),
    ("bound method", lambda: Plain().__init__), ("builtin function", lambda: len),
    ("module", lambda: sys), ("code", lambda: gen.__code__), ("deque", collections.deque),
    ("OrderedDict", collections.OrderedDict), ("defaultdict", lambda: collections.defaultdict(int)),
    ("pattern", lambda: re.compile("x+")), ("StringIO", io.StringIO), ("Lock", threading.Lock),
    ("RLock", threading.RLock), ("Event", threading.Event), ("Thread", threading.Thread),
    ("partial", lambda: functools.partial(len)), ("count", itertools.count),
    ("range", lambda: range(3)), ("property", lambda: property()), ("staticmethod", lambda: staticmethod(len)),
    ("None", lambda: None), ("Exception", lambda: ValueError()), ("bytearray", bytearray),
    ("complex", lambda: 1j), ("bool", lambda: True),
]
keep = []
for name, factory in candidates:
    obj = factory()
    keep.append(obj)
    try:
        weakref.ref(obj)
        print(f"{name:18} yes")
    except TypeError as e:
        print(f"{name:18} no  ({e})")
