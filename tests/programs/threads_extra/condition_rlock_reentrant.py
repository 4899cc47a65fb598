# Condition over an RLock: wait() releases every level of recursion and restores it afterwards
import threading

rlock = threading.RLock()
cond = threading.Condition(rlock)
items = []

def consumer(out):
    with cond:
        with cond:          # recursion level 2
            ok = cond.wait_for(lambda: items, timeout=5)
            out.append(("got", items.pop(), ok))
        out.append(("still owned", rlock._is_owned()))
    out.append(("released", not rlock._is_owned()))

out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
while True:
    # the producer can take the lock only because wait() released both levels
    with cond:
        if c.is_alive():
            items.append("parcel")
            cond.notify()
            break
c.join()
print(out)

with cond:
    print("owned in main:", cond._is_owned())
    print("wait with timeout returns:", cond.wait(0.01))
    print("still owned after wait:", cond._is_owned())
print("owned after with:", cond._is_owned())
print("default lock is RLock:", type(threading.Condition()._lock).__name__)
c2 = threading.Condition(threading.Lock())
with c2:
    print("plain-lock condition wait:", c2.wait(0.01))
    print("lock held again:", c2._lock.locked())
