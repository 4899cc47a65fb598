# Subclasses of list/dict/int/str/tuple/set/float/bytes with attributes: bytes per protocol and round trips.
import hashlib
import pickle


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyFloat(float):
    pass


class MyBytes(bytes):
    pass


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 200:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[-16:])
        else:
            print(p, d)
        y = pickle.loads(d)
        base = type(x).__mro__[1]
        print("  ", type(y).__name__, base(y) == base(x) if base is not set else set(y) == set(x),
              sorted(vars(y).items()))


ml = MyList([1, 2])
ml.tag = "L"
show("list subclass", ml)
md = MyDict(a=1)
md.tag = "D"
show("dict subclass", md)
mi = MyInt(42)
mi.tag = "I"
show("int subclass", mi)
ms = MyStr("hi")
ms.tag = "S"
show("str subclass", ms)
mt = MyTuple((1, 2))
mt.tag = "T"
show("tuple subclass", mt)
show("set subclass", MySet([3]))
show("float subclass", MyFloat(0.5))
show("bytes subclass", MyBytes(b"ab"))
show("subclass without attributes", MyList())
# large subclassed containers are batched by iteration, unlike exact list/dict
show("list subclass of 1001 items", MyList(range(1001)))
show("dict subclass of 1000 items", MyDict((i, None) for i in range(1000)))
# a list subclass that contains itself
rec = MyList()
rec.append(rec)
rec.me = rec
# (protocols 0/1 go through copyreg._reduce_ex, which copies the list and recurses forever)
for p in range(2, 6):
    r = pickle.loads(pickle.dumps(rec, p))
    print(p, "recursive subclass", type(r).__name__, r[0] is r, r.me is r)
