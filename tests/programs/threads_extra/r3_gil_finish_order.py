# GIL lecture: "which thread finished first" made deterministic with chained joins
import threading

order = []
prev_started = [threading.Event() for _ in range(5)]
def make(i, prev):
    def body():
        if prev is not None:
            prev_started[i].wait()
            prev.join()
        order.append(f"thread {i} finished")
    return body

prev = None
threads = []
for i in range(5):
    t = threading.Thread(target=make(i, prev), name=f"chain-{i}")
    threads.append(t)
    prev = t
for i in reversed(range(5)):
    threads[i].start()
    if i + 1 < 5:
        prev_started[i + 1].set()
prev_started[0].set()
threads[-1].join()
print("\n".join(order))
print([t.is_alive() for t in threads])
