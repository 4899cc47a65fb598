# __getstate__/__setstate__, __reduce__, __reduce_ex__, __getnewargs__(_ex__) hooks: bytes per protocol and round trips.
import pickle

log = []


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = "drop me"

    def __getstate__(self):
        log.append("getstate")
        return {"v": self.v}

    def __setstate__(self, state):
        log.append("setstate %r" % (state,))
        self.v = state["v"]
        self.cache = None


class TupleState:
    def __init__(self):
        self.a, self.b = 1, 2

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, st):
        self.a, self.b = st


class FalsyState:
    def __getstate__(self):
        return 0  # falsy: protocols 0/1 drop it (no BUILD); 2+ still emit BUILD

    def __setstate__(self, st):
        log.append("FalsyState.__setstate__ called")


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return "Reduced(%r, %r)" % (self.a, self.b)


class ReducedEx:
    def __reduce_ex__(self, proto):
        log.append("reduce_ex %d" % proto)
        return (ReducedEx.make, (proto,))

    @staticmethod
    def make(p):
        r = ReducedEx()
        r.made_with = p
        return r


SINGLETON = object.__new__(type("Marker", (), {"__reduce__": lambda self: "SINGLETON"}))


class Full:
    def __reduce__(self):
        return (Full, (), {"s": 1}, iter([10, 20]), iter([("k", "v")]))

    def __init__(self):
        self.items, self.d = [], {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.d[k] = v


class NewArgs:
    def __new__(cls, a, b):
        log.append("NewArgs.__new__ %r %r" % (a, b))
        self = object.__new__(cls)
        self.ab = (a, b)
        return self

    def __getnewargs__(self):
        return self.ab


def show(label, x, attrs):
    print("--", label)
    for p in range(6):
        del log[:]
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(p, type(e).__name__, e)
            continue
        y = pickle.loads(d)
        print(p, d)
        print("  ", type(y).__name__, [(a, getattr(y, a, "<unset>")) for a in attrs], log)


show("getstate/setstate", WithState(7), ["v", "cache"])
show("tuple state", TupleState(), ["a", "b"])
show("falsy state", FalsyState(), [])
show("__reduce__", Reduced(3, [4]), ["a", "b"])
show("__reduce_ex__", ReducedEx(), ["made_with"])
show("__reduce__ returning a global name", SINGLETON, [])
print("singleton identity", [pickle.loads(pickle.dumps(SINGLETON, p)) is SINGLETON for p in range(6)])
show("5-tuple reduce with list and dict items", Full(), ["items", "d", "s"])
show("__getnewargs__", NewArgs("x", 2), ["ab"])
