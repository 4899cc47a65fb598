# 8 threads x 10,000 list.append: no append is lost, every item present exactly once
import threading

shared = []
start = threading.Event()

def appender(tid):
    start.wait()
    for i in range(10000):
        shared.append(tid * 10000 + i)

threads = [threading.Thread(target=appender, args=(t,)) for t in range(8)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(len(shared))
print(sorted(shared) == list(range(80000)))
# each thread's own items stay in order relative to each other
per_thread = {}
for v in shared:
    per_thread.setdefault(v // 10000, []).append(v % 10000)
print(all(per_thread[t] == list(range(10000)) for t in range(8)))

# list.pop from several threads: each item is popped exactly once
popped = []
lock = threading.Lock()
def popper():
    mine = []
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break
    with lock:
        popped.extend(mine)
threads = [threading.Thread(target=popper) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(popped), sorted(popped) == list(range(80000)))
