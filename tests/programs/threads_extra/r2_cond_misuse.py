# Condition with Lock vs RLock: wait/notify ownership checks and notify(n) bigger than waiters
import threading

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for lk in (threading.Lock(), threading.RLock(), None):
    c = threading.Condition(lk)
    name = type(lk).__name__ if lk is not None else "default"
    print("==", name)
    show("wait unowned", lambda: c.wait(0))
    show("wait_for unowned", lambda: c.wait_for(lambda: True, 0))
    show("notify unowned", lambda: c.notify(2))
    with c:
        show("wait 0", lambda: c.wait(0))
        show("wait_for true", lambda: c.wait_for(lambda: 7))
        show("wait_for false 0", lambda: c.wait_for(lambda: 0, 0))
        show("notify 100 none waiting", lambda: c.notify(100))
        show("notify 0", lambda: c.notify(0))
        show("notify -1", lambda: c.notify(-1))
        show("notify_all", c.notify_all)

c = threading.Condition()
count = [0]
woken = []
def waiter(i):
    with c:
        count[0] += 1
        c.notify_all()
        c.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with c:
    c.wait_for(lambda: count[0] == 5)
    c.notify(3)
import time
time.sleep(0.1)
with c:
    print("after notify(3):", len(woken))
    c.notify(100)
for t in ts:
    t.join()
print(sorted(woken))
show("Condition(lock=3)", lambda: threading.Condition(3))
show("Condition bad kw", lambda: threading.Condition(lk=None))
