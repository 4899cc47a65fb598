# gc.get_stats() and gc.freeze()/unfreeze()/get_freeze_count().
import gc

gc.disable()
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for gen in stats:
    print(sorted(gen), all(type(v) is int for v in gen.values()))


def totals():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]


before = totals()
lst = []
lst.append(lst)
del lst
gc.collect()
after = totals()
print("gen 2 collections +1:", after[2][0] - before[2][0])
print("gen 2 collected +1:", after[2][1] - before[2][1])
print("gen 0/1 collections unchanged:", after[0][0] == before[0][0], after[1][0] == before[1][0])

before = totals()
for _ in range(3):
    d = {}
    d["d"] = d
del d
gc.collect(0)
after = totals()
print("gen 0 collections +1:", after[0][0] - before[0][0])
print("gen 0 collected:", after[0][1] - before[0][1])
print("gen 2 unchanged:", after[2] == before[2])

before = totals()
gc.collect(1)
after = totals()
print("collect(1) counts in gen 1:", after[1][0] - before[1][0], after[0][0] - before[0][0])

# freeze moves every tracked object to the permanent generation
gc.collect()
print("freeze count at start:", gc.get_freeze_count())
keep = [[] for _ in range(10)]
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen something:", frozen > 10)
print("frozen objects left the generations:", len(gc.get_objects(0)), len(gc.get_objects(2)) < frozen)

# frozen cycles are not collected
cyc = []
cyc.append(cyc)
gc.freeze()
del cyc
print("collect with frozen cycle:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
gc.unfreeze()
print("unfreeze twice:", gc.get_freeze_count())
# get_count: objects allocated since the last collection, per generation
gc.collect()
c = gc.get_count()
print("count:", type(c).__name__, len(c), c[1:], all(type(x) is int for x in c))
grow = [[] for _ in range(50)]
print("count grows with allocations:", gc.get_count()[0] >= c[0] + 50)
gc.collect(0)
print("collect(0) counts towards generation 1:", gc.get_count()[1] >= 1)
for name in ("freeze", "get_count"):
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    gc.get_stats(0)
except TypeError as e:
    print(type(e).__name__, e)
gc.enable()
