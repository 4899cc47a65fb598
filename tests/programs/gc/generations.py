# gc.collect(generation), gc.get_objects(generation) and their argument errors.
import gc

gc.disable()
gc.collect()


class Obj:
    pass


def make_cycle():
    o = Obj()
    o.me = o
    return None


make_cycle()
print("collect(0):", gc.collect(0))
make_cycle()
print("collect(1):", gc.collect(1))
make_cycle()
print("collect(2):", gc.collect(2))
make_cycle()
print("collect(generation=2):", gc.collect(generation=2))
print("collect() with nothing:", gc.collect())

for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("0", 1.0, None):
    try:
        gc.collect(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# a fresh object is in generation 0; a collection of generation 0 promotes it
fresh = Obj()
print("fresh in gen 0:", any(o is fresh for o in gc.get_objects(0)))
gc.collect(0)
print("after collect(0), gen 0:", any(o is fresh for o in gc.get_objects(0)))
print("after collect(0), gen 1:", any(o is fresh for o in gc.get_objects(1)))
gc.collect(1)
print("after collect(1), gen 2:", any(o is fresh for o in gc.get_objects(2)))
print("in all objects:", any(o is fresh for o in gc.get_objects()))
print("in get_objects(None):", any(o is fresh for o in gc.get_objects(generation=None)))

# untracked objects never appear
atom = "an atomic string"
print("str in objects:", any(o is atom for o in gc.get_objects()))

for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print("get_objects(-1) means all:", any(o is fresh for o in gc.get_objects(-1)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    gc.get_objects("1")
except TypeError as e:
    print(type(e).__name__, e)

# a cycle promoted to an old generation survives young collections
old = Obj()
old.me = old
gc.collect(0)
gc.collect(1)
del old
print("young collection of old cycle:", gc.collect(0), gc.collect(1))
print("full collection:", gc.collect(2))
gc.enable()
