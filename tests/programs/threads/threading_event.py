# threading.Event: set, clear, is_set, wait with and without timeout, many waiters
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.02), e.wait(0), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()                      # setting twice is harmless
e.clear()
print(e.is_set(), e.wait(0.01))
e.clear()
print(e.is_set())

# several waiters all wake on one set()
go = threading.Event()
results = []
lock = threading.Lock()
def waiter(i):
    got = go.wait()
    with lock:
        results.append((i, got))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print(sorted(results))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
