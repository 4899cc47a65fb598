# a Barrier whose last party never arrives: wait(timeout) breaks it for everyone
import threading

barrier = threading.Barrier(3, timeout=5)
outcomes = []
lock = threading.Lock()

def party(name, timeout):
    try:
        barrier.wait(timeout)
        r = "passed"
    except threading.BrokenBarrierError as e:
        r = "broken: " + type(e).__name__
    with lock:
        outcomes.append((name, r))

ts = [threading.Thread(target=party, args=("p1", 0.1)), threading.Thread(target=party, args=("p2", 5))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("late arrival:", type(e).__name__, repr(str(e)))
barrier.reset()
print("after reset broken:", barrier.broken, "waiting:", barrier.n_waiting)

outcomes.clear()
ts = [threading.Thread(target=party, args=("q%d" % i, 5)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))

# abort() wakes a waiting thread with BrokenBarrierError
b2 = threading.Barrier(2)
res = []
def lonely():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        res.append("aborted")
t = threading.Thread(target=lonely)
t.start()
while b2.n_waiting == 0:
    pass
b2.abort()
t.join()
print(res, b2.broken)
print("BrokenBarrierError is RuntimeError:", issubclass(threading.BrokenBarrierError, RuntimeError))

def failing_action():
    raise ValueError("action failed")
b3 = threading.Barrier(2, action=failing_action)
res3 = []
def p3():
    try:
        b3.wait()
        res3.append("ok")
    except ValueError as e:
        res3.append("ValueError " + str(e))
    except threading.BrokenBarrierError:
        res3.append("broken")
ts = [threading.Thread(target=p3) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res3), b3.broken)
