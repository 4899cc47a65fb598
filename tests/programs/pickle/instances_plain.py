# Instances of plain classes: empty, with __dict__ contents, __slots__ (and the protocol 0/1 error), round trips.
import pickle


class Empty:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlottedWithDict:
    __slots__ = ("s", "__dict__")


class SlotChild(Slotted):
    __slots__ = ("c",)


def show(label, x):
    print("--", label)
    for p in range(6):
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(p, type(e).__name__, e)
            continue
        print(p, d)
        y = pickle.loads(d)
        print("  ", type(y).__name__, sorted(getattr(y, "__dict__", {}).items()),
              [(s, getattr(y, s, "<unset>")) for s in ("a", "b", "c", "s")
               if hasattr(type(y), s)])


show("empty instance", Empty())
show("point", Point(1, "two"))
e = Empty()
e.items = [1, 2]
e.name = "e"
show("instance with list attr", e)
show("slotted (b unset)", Slotted(5))
sw = SlottedWithDict()
sw.s = 1
sw.extra = 2
show("slots with __dict__", sw)
sc = SlotChild(1)
sc.b = 2
sc.c = 3
show("slot child", sc)

# round-trip equality and identity structure
p = Point(1, 2)
for proto in range(6):
    r = pickle.loads(pickle.dumps([p, p, Point(3, 4)], proto))
    print(proto, r, r[0] is r[1], r[0] == p, type(r[2]) is Point)
# an instance holding itself
selfref = Empty()
selfref.me = selfref
for proto in range(6):
    r = pickle.loads(pickle.dumps(selfref, proto))
    print(proto, "self reference kept", r.me is r, type(r).__name__)
