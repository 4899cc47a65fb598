import heapq
from dataclasses import dataclass, field
import itertools

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "a2")]
heapq.heapify(jobs)
while jobs:
    j = heapq.heappop(jobs)
    print(j.priority, j.name)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
h = [Rev(x) for x in [5, 1, 9, 3]]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
counter = itertools.count()
pq = []
for name, pr in [("x", 2), ("y", 1), ("z", 2), ("w", 1)]:
    heapq.heappush(pq, (pr, next(counter), name))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
def kth_smallest(matrix, k):
    heap = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(heap)
        if c + 1 < len(matrix[r]):
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
    return heap[0][0]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
def running_median(xs):
    lo, hi = [], []
    out = []
    for x in xs:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))
print(heapq.nsmallest(3, ["pear", "fig", "banana", "kiwi"], key=len), heapq.nlargest(0, [1, 2]), heapq.nlargest(10, [3, 1]))
class NoLt:
    pass
try:
    heapq.heapify([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError", e)
