# Less common corners of WeakValueDictionary, WeakKeyDictionary and WeakSet.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


objs = [Obj(i) for i in range(5)]

# keys()/values()/items() are generators, and Mapping equality compares contents
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print("kinds:", type(wvd.keys()).__name__, type(wvd.items()).__name__, type(wvd.values()).__name__)
print("eq dict:", wvd == {i: o for i, o in enumerate(objs)}, wvd == {}, wvd != {0: objs[0]})
other = weakref.WeakValueDictionary(wvd)
print("eq other:", wvd == other, sorted(other))

# a loop that kills an entry: it stays stored (but uncounted) until the loop is over
for i in wvd:
    victim = objs.pop()
    del victim
    print("  inside: len", len(wvd), "contains", 4 in wvd, "get", wvd.get(4))
    break
print("after loop: len", len(wvd), sorted(wvd))

# dead entries behave as missing for every accessor
keep = Obj("k")
d = weakref.WeakValueDictionary(a=keep, b=Obj("tmp"))
print("dead b:", "b" in d, d.get("b"), d.pop("b", "default"), sorted(d))
d2 = weakref.WeakValueDictionary()
tmp = Obj("t")
d2["x"] = tmp
it = d2.items()
next(iter([None]))
for k, v in it:
    del v
    tmp = None
print("setdefault after death:", d2.setdefault("x", keep), len(d2))
d2.clear()
print("clear:", len(d2), list(d2))

# update from pairs, another WeakValueDictionary, keywords
u = weakref.WeakValueDictionary()
u.update([("p", keep)], q=keep)
u.update(weakref.WeakValueDictionary(r=keep))
print("update:", sorted(u), all(v is keep for v in u.values()))
try:
    u.update(5)
except TypeError as e:
    print(type(e).__name__, e)

# subclasses keep their type through copy()? (copy() always makes the base class)
class Cache(weakref.WeakValueDictionary):
    pass


cc = Cache(z=keep)
print("subclass:", type(cc).__name__, type(cc.copy()).__name__, repr(cc).startswith("<Cache at 0x"))
print("subclass or:", type(cc | {}).__name__, type({} | cc).__name__)

# WeakKeyDictionary: keys() while keys die; keyrefs are the stored references
ks = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary({k: k.n for k in ks})
refs = wkd.keyrefs()
print("keyrefs:", len(refs), sorted(r().n for r in refs))
seen = []
for k in wkd.keys():
    seen.append(k.n)
    if len(seen) == 1:
        ks[3] = None
        print("  inside: len", len(wkd))
print("wkd seen:", len(seen), "len after:", len(wkd))
print("wkd eq:", wkd == {k: k.n for k in ks if k is not None}, wkd == {})
print("pop missing:", wkd.pop(Obj(99), "none"))
try:
    wkd.pop(Obj(99))
except KeyError:
    print("KeyError on pop")
try:
    wkd.update(k=1)
except TypeError as e:
    print(type(e).__name__, e)
wkd.clear()
print("wkd clear:", len(wkd))

# WeakSet extras
ws = weakref.WeakSet(objs)
print("ws:", len(ws), sorted(o.n for o in ws))
print("ws eq/ne:", ws == weakref.WeakSet(objs), ws != weakref.WeakSet(objs[:1]), ws == set(objs))
sub = weakref.WeakSet(objs[:2])
print("ws order:", sub < ws, ws > sub, sub <= objs, ws >= objs[:1], ws.isdisjoint([Obj(9)]))
class Bag(weakref.WeakSet):
    pass


b = Bag(objs[:3])
print("subclass copy:", type(b.copy()).__name__, type(b | ws).__name__, type(b - ws).__name__)
print("subclass ops:", sorted(o.n for o in b & objs[1:]), sorted(o.n for o in b ^ objs[2:]))
ws.discard(objs[0])
try:
    ws.remove(objs[0])
except KeyError:
    print("remove missing: KeyError")
try:
    ws.discard(3)
except TypeError as e:
    print(type(e).__name__, e)
print("contains odd:", 3 in ws, None in ws, {} in ws)
objs.clear()
print("all gone:", len(ws), len(b), list(ws))
