# Event.wait returns True when set, False on timeout; a heartbeat monitor example
import threading

ping = threading.Event()
pong = threading.Event()
rally = []

def player(me, wait_on, hit, rounds):
    for i in range(rounds):
        if not wait_on.wait(timeout=2):
            rally.append((me, "timeout"))
            return
        wait_on.clear()
        rally.append((me, i))
        hit.set()

a = threading.Thread(target=player, args=("ping", ping, pong, 3))
b = threading.Thread(target=player, args=("pong", pong, ping, 3))
a.start(); b.start()
ping.set()
a.join(); b.join()
print("rally:", rally)

e = threading.Event()
print("timeout result:", e.wait(0.01))
print("zero timeout:", e.wait(0))
e.set()
print("set result:", e.wait(0), e.wait(None), e.wait(1))
print("is_set:", e.is_set())
e.clear()
print("cleared:", e.is_set())

results = []
def waiter(i):
    results.append((i, e.wait(2)))
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
e.set()
for w in ws:
    w.join()
print(sorted(results))
