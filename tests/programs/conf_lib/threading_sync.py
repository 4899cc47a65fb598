import threading, queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * x, range(8))))
    futs = {ex.submit(pow, 2, k): k for k in range(5)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    f = ex.submit(lambda: 1 / 0)
    try: f.result()
    except ZeroDivisionError as e: print("ZeroDivisionError", e)
    print(f.done(), type(f.exception()).__name__)
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False)); sem.release(); sem.release()
bs = threading.BoundedSemaphore(1); bs.acquire(); bs.release()
try: bs.release()
except ValueError as e: print("ValueError", e)
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        print("consumer got", items)
t = threading.Thread(target=consumer); t.start()
for i in range(3):
    with cond:
        items.append(i); cond.notify_all()
t.join()
b = threading.Barrier(3)
res = []
lk = threading.Lock()
def part(i):
    b.wait()
    with lk: res.append(i)
ts = [threading.Thread(target=part, args=(i,)) for i in range(3)]
[x.start() for x in ts]; [x.join() for x in ts]
print(sorted(res), b.parties)
q = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done(); break
        with lk: res.append(item * 100)
        q.task_done()
w = threading.Thread(target=worker, daemon=True); w.start()
for i in range(3): q.put(i)
q.put(None); q.join(); print(sorted(res))
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
print(threading.active_count() >= 1, isinstance(threading.get_ident(), int))
t2 = threading.Thread(target=lambda: None, name="named"); print(t2.name, t2.daemon, t2.is_alive())
try: t2.join()
except RuntimeError as e: print("RuntimeError", e)
t2.start(); t2.join()
try: t2.start()
except RuntimeError as e: print("RuntimeError", e)
print("main continues")
