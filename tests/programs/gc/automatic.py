# With the collector enabled, cycles made in a loop are freed without calling collect().
import gc

gc.enable()
gc.set_threshold(700, 10, 10)
gc.collect()


class Cell:
    live = 0
    peak = 0
    freed = 0

    def __init__(self):
        Cell.live += 1
        if Cell.live > Cell.peak:
            Cell.peak = Cell.live
        self.me = self

    def __del__(self):
        Cell.live -= 1
        Cell.freed += 1


for _ in range(10_000):
    Cell()
print("freed without collect():", Cell.freed > 9_000)
print("live instances stayed bounded:", Cell.peak < 2_000)
gc.collect()
print("after collect: freed", Cell.freed, "live", Cell.live)


class Pair:
    live = 0

    def __init__(self):
        Pair.live += 1

    def __del__(self):
        Pair.live -= 1


def make_pairs(n):
    for _ in range(n):
        a = Pair()
        b = Pair()
        a.other = b
        b.other = a


make_pairs(5_000)
print("pairs bounded:", Pair.live < 3_000)
gc.collect()
print("pairs left:", Pair.live)

# lists and dicts in cycles (no __del__) are collected automatically as well:
# the young generation is examined long before 50,000 cycles pile up
collections = gc.get_stats()[0]["collections"]
for i in range(50_000):
    d = {"i": i}
    d["self"] = d
print("young collections ran:", gc.get_stats()[0]["collections"] - collections > 10)

# disabling stops the automatic collections
gc.disable()
Cell.freed = 0
for _ in range(5_000):
    Cell()
print("freed while disabled:", Cell.freed)
gc.enable()
for _ in range(3_000):
    Cell()
print("freed again once enabled:", Cell.freed > 0)
gc.collect()
print("live at end:", Cell.live)
