# Members dying while a weak container is being iterated: removals wait for the loop.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


# WeakSet: kill every member from inside the loop
objs = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(objs)
seen = 0
for item in ws:
    seen += 1
    del item
    objs.clear()  # every member dies now; the set must not change size under the loop
print("weakset loop finished, seen:", seen, "len after:", len(ws), list(ws))

# WeakValueDictionary: values dying during items()
vals = {i: Obj(i) for i in range(5)}
wvd = weakref.WeakValueDictionary(vals)
count = 0
for k, v in wvd.items():
    count += 1
    del v
    vals.pop((k + 1) % 5, None)
print("wvd loop done:", count >= 1, "left:", sorted(wvd), len(wvd) == len(vals))

# during a loop, len() already leaves out the dead entries
vals = {i: Obj(i) for i in range(4)}
wvd = weakref.WeakValueDictionary(vals)
lens = []
for k in wvd.keys():
    vals.pop(3 - k, None)
    lens.append(len(wvd))
    break
print("len inside loop:", lens, "after:", len(wvd))

# WeakKeyDictionary: keys dying during keys()/values()
keys = [Obj(i) for i in range(5)]
wkd = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
total = 0
for v in wkd.values():
    total += 1
    keys.clear()
print("wkd loop done:", total >= 1, "len after:", len(wkd))

keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary((k, None) for k in keys)
it = iter(wkd.keys())
first = next(it)
del keys[:]
print("len while iterator open:", len(wkd), "first:", first)
del first
rest = list(it)
print("iterator rest:", rest, "len:", len(wkd))

# an abandoned iterator: removals are applied once it is closed / collected
objs = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(objs)
gen = iter(ws)
next(gen)
objs.pop()
gen.close()
del gen
gc.collect()
print("after abandoned iterator:", len(ws))

# adding while iterating still fails, as for a set
objs = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(objs)
extra = Obj(99)
try:
    for item in ws:
        ws.add(extra)
except RuntimeError as e:
    print(type(e).__name__, e)

# pop skips dead members; len() counts pending removals out
objs = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(objs)
gen = iter(ws)
first = next(gen)  # the generator's frame also holds this one
objs.clear()
print("len with pending removals:", len(ws))
gen.close()
print("pop the survivor:", ws.pop() is first, len(ws))
del first
