# Thresholds and enabling / disabling the collector
import gc

old = gc.get_threshold()
print("default thresholds:", old)
gc.set_threshold(500)
print("one arg:", gc.get_threshold())
gc.set_threshold(100, 5)
print("two args:", gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print("three args:", gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold("x")
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(*old)
print("restored:", gc.get_threshold() == old)

print("enabled at start:", gc.isenabled())
gc.disable()
gc.disable()
print("after disable twice:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())

count = gc.get_count()
print("get_count is a 3-tuple of ints:", len(count), all(isinstance(c, int) for c in count))

class Cyc:
    dead = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cyc.dead += 1

gc.collect()
gc.disable()
for _ in range(5000):
    Cyc()
print("disabled: dead before collect =", Cyc.dead)
print("collect found at least 10000:", gc.collect() >= 10000)
print("dead after collect =", Cyc.dead)
gc.enable()
gc.set_threshold(10)
Cyc.dead = 0
for _ in range(200):
    Cyc()
print("automatic collection freed some:", Cyc.dead > 0)
gc.set_threshold(*old)
gc.collect()
print("all freed:", Cyc.dead == 200)
