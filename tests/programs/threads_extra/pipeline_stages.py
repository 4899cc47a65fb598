# a three-stage pipeline: read -> transform -> write, connected by queues, closed by sentinels
import threading
import queue

STOP = object()
raw = queue.Queue(maxsize=5)
cooked = queue.Queue(maxsize=5)
written = []

def reader(lines):
    for line in lines:
        raw.put(line)
    raw.put(STOP)

def transformer():
    while True:
        line = raw.get()
        if line is STOP:
            cooked.put(STOP)
            return
        cooked.put(line.strip().title())

def writer():
    while True:
        line = cooked.get()
        if line is STOP:
            return
        written.append(line)

lines = ["  hello world\n", "the gil is a lock\n", "  threads take turns  \n"] * 10
stages = [threading.Thread(target=reader, args=(lines,), name="reader"),
          threading.Thread(target=transformer, name="transformer"),
          threading.Thread(target=writer, name="writer")]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(len(written))
for w in written[:3]:
    print(repr(w))
print("order preserved:", written == [l.strip().title() for l in lines])
print("queues empty:", raw.empty(), cooked.empty())
