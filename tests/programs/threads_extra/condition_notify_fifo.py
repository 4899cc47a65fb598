# Condition.notify() wakes waiters in the order they started waiting (FIFO)
import threading

cond = threading.Condition()
woken = []
tokens = [0]

def waiter(i, ready):
    with cond:
        ready.set()
        cond.wait_for(lambda: tokens[0] > 0)
        tokens[0] -= 1
        woken.append(i)

threads = []
for i in range(5):
    ready = threading.Event()
    t = threading.Thread(target=waiter, args=(i, ready))
    t.start()
    ready.wait()
    with cond:      # acquiring proves the waiter is inside wait()
        pass
    threads.append(t)

for i in range(5):
    with cond:
        tokens[0] += 1
        cond.notify()
    while True:
        with cond:
            if len(woken) == i + 1:
                break
print("wake order:", woken)
for t in threads:
    t.join()

with cond:
    cond.notify(10)
    cond.notify_all()
print("notify with no waiters is fine")
