# deque: `in`, len and iteration while other threads append; mutation during iteration error
import threading
from collections import deque

d = deque(range(10))
start = threading.Event()
done = []
def appender():
    start.wait()
    for i in range(10, 30000):
        d.append(i)
def checker():
    start.wait()
    found = all(k in d for k in range(10))
    done.append(found)
ts = [threading.Thread(target=appender), threading.Thread(target=checker)]
for t in ts: t.start()
start.set()
for t in ts: t.join()
print(done, len(d), d[-1])

bounded = deque(maxlen=100)
def filler(base):
    for i in range(5000):
        bounded.append(base + i)
ts = [threading.Thread(target=filler, args=(b,)) for b in (0, 100000)]
for t in ts: t.start()
for t in ts: t.join()
print(len(bounded), bounded.maxlen)

m = deque(range(5))
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
m = deque(range(5))
try:
    for x in m:
        m[0] = 99
    print("item assignment during iteration ok", m[0])
except RuntimeError as e:
    print("RuntimeError:", e)
