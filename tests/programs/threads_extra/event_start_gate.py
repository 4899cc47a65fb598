# an Event as a starting gun: runners wait at the gate until the main thread fires it
import threading

gate = threading.Event()
ready = threading.Semaphore(0)
finish_order_lock = threading.Lock()
started = []

def runner(i):
    ready.release()
    ok = gate.wait(timeout=5)
    with finish_order_lock:
        started.append((i, ok))

runners = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for r in runners:
    r.start()
for _ in runners:
    ready.acquire()
print("gate set before fire:", gate.is_set())
gate.set()
for r in runners:
    r.join()
print(sorted(started))
print("gate set after fire:", gate.is_set())

gate.clear()
print("wait on cleared gate:", gate.wait(0.02))
print("wait on set gate:", (gate.set(), gate.wait(0))[1])

stop = threading.Event()
counts = []
def poller():
    n = 0
    while not stop.wait(0.001):
        n += 1
    counts.append(n >= 0)
p = threading.Thread(target=poller)
p.start()
stop.set()
p.join()
print("poller stopped:", counts, p.is_alive())
