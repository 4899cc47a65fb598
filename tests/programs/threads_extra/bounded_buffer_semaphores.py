# classic bounded buffer: one Semaphore counts free slots, another counts filled slots
import threading
from collections import deque

SIZE = 4
buffer = deque()
mutex = threading.Lock()
empty_slots = threading.Semaphore(SIZE)
full_slots = threading.Semaphore(0)
max_seen = [0]
received = []

def produce(items):
    for item in items:
        empty_slots.acquire()
        with mutex:
            buffer.append(item)
            max_seen[0] = max(max_seen[0], len(buffer))
        full_slots.release()

def consume(count):
    for _ in range(count):
        full_slots.acquire()
        with mutex:
            item = buffer.popleft()
        empty_slots.release()
        received.append(item)

p1 = threading.Thread(target=produce, args=(range(0, 300, 3),))
p2 = threading.Thread(target=produce, args=(range(1, 300, 3),))
c1 = threading.Thread(target=consume, args=(100,))
c2 = threading.Thread(target=consume, args=(100,))
for t in (p1, p2, c1, c2):
    t.start()
for t in (p1, p2, c1, c2):
    t.join()
print("received", len(received), "distinct", len(set(received)))
print("sum", sum(received))
print("buffer never over capacity", max_seen[0] <= SIZE)
print("buffer empty at end", len(buffer) == 0)
print("free slots back to", SIZE, empty_slots.acquire(blocking=False) and True)
print("full slot available", full_slots.acquire(blocking=False))
