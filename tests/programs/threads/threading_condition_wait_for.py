# Condition.wait_for (predicate result, timeout) and notify(n) / notify_all waking waiters
import threading

cond = threading.Condition()
state = {"value": 0}

with cond:
    print("false predicate:", cond.wait_for(lambda: state["value"] > 0, timeout=0.02))
    print("true predicate:", cond.wait_for(lambda: "ready", timeout=0.02))
    print("zero result:", cond.wait_for(lambda: state["value"], 0))

def bump():
    for _ in range(5):
        with cond:
            state["value"] += 1
            cond.notify_all()
t = threading.Thread(target=bump)
with cond:
    t.start()
    print("wait_for result:", cond.wait_for(lambda: state["value"] >= 5 and state["value"]))
t.join()

# notify(2) wakes two of four waiters, notify_all wakes the rest
waiting = 0
tokens = 0
woken = []
def waiter(i):
    global waiting, tokens
    with cond:
        waiting += 1
        cond.notify_all()          # tell main another waiter is in place
        cond.wait_for(lambda: tokens > 0)
        tokens -= 1
        woken.append(i)
        cond.notify_all()

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond:
    cond.wait_for(lambda: waiting == 4)
    tokens = 2
    cond.notify(2)
    cond.wait_for(lambda: len(woken) == 2)
    print("after notify(2):", len(woken))
    tokens = 2
    cond.notify_all()
for w in ws:
    w.join()
print("all woken:", sorted(woken), "tokens left:", tokens)
