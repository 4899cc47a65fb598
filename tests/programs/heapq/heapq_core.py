# heapq: push/pop/replace/pushpop/heapify invariants and order, errors, private max-heap helpers
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))

h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 99), h2[:5])
print(heapq.heappushpop([], 5), heapq.heappushpop([3], 1), heapq.heappushpop([3], 4))

# stability of (priority, counter, task) entries
tasks = []
for i, (prio, name) in enumerate([(2, 'write'), (1, 'plan'), (2, 'test'), (1, 'think'), (3, 'ship')]):
    heapq.heappush(tasks, (prio, i, name))
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])

# a max-heap by negation, and the private max-heap helpers
m = [-x for x in [5, 1, 8, 3, 9, 2]]
heapq.heapify(m)
print([-heapq.heappop(m) for _ in range(3)])
mx = [5, 1, 8, 3, 9, 2]
heapq._heapify_max(mx)
print(mx[0], heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx[0])
# restoring the invariant after changing one entry with _siftup / _siftdown
h3 = [1, 3, 2, 7, 4, 5]
h3[0] = 10
heapq._siftup(h3, 0)
print(h3)
h3.append(0)
heapq._siftdown(h3, 0, len(h3) - 1)
print(h3)

for expr in ["heapq.heappop([])", "heapq.heapreplace([], 1)", "heapq.heappush((), 1)",
             "heapq.heapify((1,))", "heapq.heappop(())", "heapq.heappushpop((), 1)",
             "heapq.heapreplace('ab', 1)", "heapq.heappush([1], 'a')", "heapq.heapify([1, 'a', 2])"]:
    try:
        print(expr, eval(expr))
    except (TypeError, IndexError) as e:
        print(expr, type(e).__name__, e)


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b'), Job(0, 'z')]
heapq.heapify(jobs)
print(heapq.heappop(jobs), heapq.heappop(jobs), jobs[0])


# heapsort, and dijkstra on a small graph
def heapsort(iterable):
    h = []
    for v in iterable:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([5, 3, 9, 1, 5, 0, -2, 7]))
graph = {'A': {'B': 4, 'C': 1}, 'B': {'D': 1}, 'C': {'B': 2, 'D': 5}, 'D': {}}
dist = {'A': 0}
pq = [(0, 'A')]
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, float('inf')):
        continue
    for nb, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nb, float('inf')):
            dist[nb] = nd
            heapq.heappush(pq, (nd, nb))
print(sorted(dist.items()))
print(heapq.__all__)
