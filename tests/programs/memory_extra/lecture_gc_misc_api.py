# Smaller corners of the gc module API
import gc

print("get_stats entries:", len(gc.get_stats()))
print("stats keys:", sorted(gc.get_stats()[0]))
print("objects in gen arg type ok:", isinstance(gc.get_objects(0), list))
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError:", e)

class Marker:
    pass
m = Marker()
print("marker in get_objects():", any(o is m for o in gc.get_objects()))
big = 10**20
print("int in get_objects():", any(o is big for o in gc.get_objects()))
gc.collect()
print("marker in generation 2 after collect:", any(o is m for o in gc.get_objects(2)))
print("marker in generation 0 after collect:", any(o is m for o in gc.get_objects(0)))
fresh = Marker()
print("fresh in generation 0:", any(o is fresh for o in gc.get_objects(0)))
print("collect(generation=1):", gc.collect(generation=1))
print("callbacks is a list:", type(gc.callbacks).__name__, "garbage is a list:", type(gc.garbage).__name__)
print("is_finalized(int):", gc.is_finalized(3))
print("isenabled:", gc.isenabled())
print("get_referents no args:", gc.get_referents())
print("get_referrers no args:", gc.get_referrers())
