# gc.enable/disable/isenabled and get_threshold/set_threshold.
import gc

print("enabled at start:", gc.isenabled())
print("threshold:", gc.get_threshold())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())

gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

for args in [(), (1, 2, 3, 4), ("x",), (1.5,)]:
    try:
        gc.set_threshold(*args)
        print(args, "accepted", gc.get_threshold())
    except TypeError as e:
        print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)

for name in ["enable", "disable", "isenabled", "get_threshold"]:
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print(type(e).__name__, e)


class Tracked:
    deleted = 0

    def __del__(self):
        Tracked.deleted += 1


# with the collector disabled, cycles pile up until collect() is called
gc.disable()
gc.collect()
for _ in range(2000):
    t = Tracked()
    t.me = t
del t
print("deleted while disabled:", Tracked.deleted)
print("manual collect:", gc.collect())
print("deleted after collect:", Tracked.deleted)

# threshold 0 turns automatic collection off even when enabled
gc.enable()
gc.set_threshold(0)
Tracked.deleted = 0
for _ in range(2000):
    t = Tracked()
    t.me = t
del t
print("deleted with threshold 0:", Tracked.deleted)
gc.set_threshold(700, 10, 10)
gc.collect()
print("deleted after collect:", Tracked.deleted)

# a low threshold collects often
gc.set_threshold(10)
Tracked.deleted = 0
for _ in range(100):
    t = Tracked()
    t.me = t
del t
print("most freed automatically:", Tracked.deleted >= 80)
gc.set_threshold(700, 10, 10)
gc.collect()
print("all freed:", Tracked.deleted)
