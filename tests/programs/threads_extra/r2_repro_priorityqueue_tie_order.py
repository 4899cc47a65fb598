# PriorityQueue must use heapq's exact algorithm: ties between items whose __lt__ only compares priority
# come out in CPython's order; also the comparison count/operand order must match
import queue
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        calls.append((self.name, other.name))
        return self.pri < other.pri
calls = []
pq = queue.PriorityQueue()
for i, p in enumerate([1, 1, 2, 1, 2, 1, 1, 2, 1]):
    pq.put(Task(p, "t%d" % i))
print([pq.get().name for _ in range(9)])
print(len(calls))
