# heapq's core is C in CPython (_heapq): argument errors, a comparison that changes the list,
# ties between distinct equal items, and no Python frame in a failing comparison's traceback
import heapq, random, sys, traceback

calls = ['heapq.heappush()', 'heapq.heappush([])', 'heapq.heappush((), 1)', 'heapq.heappop()',
         'heapq.heappop(())', 'heapq.heappop([])', 'heapq.heapify(1)', 'heapq.heapreplace([], 1)',
         'heapq.heappushpop((), 1)', 'heapq.heappush([], 1, 2)', 'heapq.heappush(heap=[], item=1)',
         'heapq._heappop_max([])', 'heapq._heapify_max(())', 'heapq._heapreplace_max([], 1)',
         'heapq.heapify([], x=1)', 'heapq.heappushpop([], 7)']
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)

print(type(heapq.heappush).__name__, heapq.heappush.__module__, heapq._siftup.__module__)


class Clearing:
    # a comparison that empties the heap it is being sifted in
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True


for op in ("heapify", "heappush", "heappop"):
    h = [1, 2, 3]
    h.append(Clearing(h))
    try:
        if op == "heapify":
            heapq.heapify(h)
        elif op == "heappush":
            heapq.heappush(h, Clearing(h))
        else:
            heapq.heappop(h); heapq.heappop(h)
        print(op, "ok", len(h))
    except Exception as e:
        print(op, type(e).__name__, e, len(h))


class Job:
    # compares by priority only: equal priorities are distinct, so their order shows
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"


rng = random.Random(11)
jobs = [Job(rng.randrange(4), f"j{i}") for i in range(30)]
h = []
for j in jobs:
    heapq.heappush(h, j)
print(h)
print([heapq.heappop(h) for _ in range(8)])
print(heapq.heapreplace(h, Job(0, "r")), heapq.heappushpop(h, Job(1, "p")), heapq.heappushpop(h, Job(-1, "q")))
m = list(jobs)
heapq._heapify_max(m)
print([heapq._heappop_max(m) for _ in range(6)], heapq._heapreplace_max(m, Job(9, "top")))
for n in (2, 5, 29, 30, 31):
    print(n, heapq.nsmallest(n, jobs)[:6], heapq.nlargest(n, iter(jobs))[:6])
    print(n, heapq.nsmallest(n, iter(jobs), key=lambda j: j.prio)[:6], heapq.nlargest(n, jobs, key=lambda j: j.prio)[:6])

# a large random check against sorted()
for trial in range(100):
    data = [rng.random() for _ in range(rng.randrange(200))]
    h = list(data)
    heapq.heapify(h)
    assert [heapq.heappop(h) for _ in range(len(h))] == sorted(data)
print("random heaps sorted")

try:
    heapq.heappush([(1, "a"), (2, "b")], (1, None))
except TypeError:
    # the failing comparison is inside heappush itself: the traceback ends at this file
    tb = sys.exc_info()[2]
    print([f.name for f in traceback.extract_tb(tb)])
heapq.heappush([(1, "a")], (1, 2))
