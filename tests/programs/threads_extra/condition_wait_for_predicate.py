# Condition.wait_for with a predicate: waiting for inventory to reach a level
import threading

cond = threading.Condition()
inventory = {"widgets": 0}
log = []

def restock(amount, times):
    for _ in range(times):
        with cond:
            inventory["widgets"] += amount
            cond.notify_all()

def buyer(name, want):
    with cond:
        ok = cond.wait_for(lambda: inventory["widgets"] >= want, timeout=5)
        if ok:
            inventory["widgets"] -= want
        log.append((name, want, bool(ok)))

buyers = [threading.Thread(target=buyer, args=("b%d" % i, 10 * (i + 1))) for i in range(4)]
for b in buyers:
    b.start()
r = threading.Thread(target=restock, args=(5, 20))
r.start()
r.join()
for b in buyers:
    b.join()
print(sorted(log))
print("left over:", inventory["widgets"])

with cond:
    print("never true ->", cond.wait_for(lambda: False, timeout=0.02))
    print("already true returns predicate value ->", cond.wait_for(lambda: "yes", timeout=0))
    print("falsy value on timeout ->", repr(cond.wait_for(lambda: 0, timeout=0.01)))
    print("plain wait timeout ->", cond.wait(0.01))

# notify(n) wakes at most n waiters
woken = []
go = threading.Condition()
flag = [0]
def sleeper(i):
    with go:
        go.wait_for(lambda: flag[0] > 0, timeout=5)
        flag[0] -= 1
        woken.append(i)
ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for s in ss:
    s.start()
with go:
    flag[0] = 3
    go.notify(3)
for s in ss:
    s.join()
print("woken:", sorted(woken))
