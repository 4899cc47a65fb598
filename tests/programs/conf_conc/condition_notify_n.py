import threading

cond = threading.Condition()
woken = []
ready = 0

def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()
        cond.wait()
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: ready == 5)
    cond.notify(2)
import time
while True:
    with cond:
        if len(woken) == 2:
            break
    time.sleep(0.001)
print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all:", sorted(woken))

lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print("shares lock:", lk.locked())
print("released:", lk.locked())
c3 = threading.Condition()
print(type(c3._lock).__name__ if hasattr(c3, "_lock") else "no _lock")
