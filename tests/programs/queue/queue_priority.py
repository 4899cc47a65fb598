# queue.PriorityQueue: smallest first, tuples ordered element by element, ties, unorderable items
import queue

p = queue.PriorityQueue()
for x in [5, 1, 4, 1, 3, 9, 2, 6]:
    p.put(x)
print([p.get() for _ in range(p.qsize())])

tasks = queue.PriorityQueue()
tasks.put((2, "write report"))
tasks.put((1, "fix bug"))
tasks.put((3, "lunch"))
tasks.put((1, "answer mail"))      # equal priority: the second element decides
tasks.put((2, "code review"))
while not tasks.empty():
    prio, name = tasks.get()
    print(prio, name)

# an insertion counter keeps equal priorities in FIFO order and avoids comparing payloads
class Job:
    def __init__(self, name):
        self.name = name
jobs = queue.PriorityQueue()
for seq, (prio, name) in enumerate([(2, "b1"), (1, "a1"), (2, "b2"), (1, "a2"), (0, "z")]):
    jobs.put((prio, seq, Job(name)))
print([jobs.get()[2].name for _ in range(5)])

# payloads that cannot be compared raise TypeError when priorities tie
bad = queue.PriorityQueue()
bad.put((1, Job("x")))
try:
    bad.put((1, Job("y")))
except TypeError as e:
    print("TypeError:", e)

m = queue.PriorityQueue(maxsize=2)
m.put(3)
m.put(1)
try:
    m.put_nowait(2)
except queue.Full:
    print("Full", m.get(), m.get(), m.empty())
