# collections.deque as a lock-free work queue: append/popleft are atomic
import threading
from collections import deque

work = deque(range(1, 1001))
done = deque()

def worker():
    while True:
        try:
            n = work.popleft()
        except IndexError:
            return
        done.append(n * 2)

ts = [threading.Thread(target=worker) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", len(done), "sum", sum(done))
print("work left", len(work))
print("no duplicates", len(set(done)) == len(done))

log = deque(maxlen=10)
def logger(tag):
    for i in range(100):
        log.append((tag, i))
ls = [threading.Thread(target=logger, args=(k,)) for k in "abc"]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("log keeps", len(log), "maxlen", log.maxlen)
print("newest index kept:", max(i for _, i in log))

stack = deque()
def both_ends(k):
    for i in range(200):
        if i % 2:
            stack.appendleft(k)
        else:
            stack.append(k)
bs = [threading.Thread(target=both_ends, args=(k,)) for k in range(4)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print("both ends total", len(stack), sorted(set(stack)))
