# Barrier: action that raises breaks the barrier for everyone; wait(timeout=0); reset; abort
import threading

seen = []
lock = threading.Lock()
def bad_action():
    raise ValueError("action failed")

b = threading.Barrier(3, action=bad_action)
def party(i):
    try:
        r = b.wait()
        out = ("ok", r)
    except threading.BrokenBarrierError as e:
        out = ("broken", type(e).__name__, str(e))
    except ValueError as e:
        out = ("value", str(e))
    with lock:
        seen.append(out)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for s in sorted(seen):
    print(s)
print("broken:", b.broken, "waiting:", b.n_waiting)
b.reset()
print("after reset broken:", b.broken)

b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0)
except threading.BrokenBarrierError:
    print("timeout 0 -> broken", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier raises")
b2.reset()
b3 = threading.Barrier(1, timeout=0)
print("single party index:", b3.wait(), b3.wait(timeout=5))
b4 = threading.Barrier(2)
b4.abort()
print(b4.broken, b4.parties, b4.n_waiting)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
ab = threading.Barrier(2, action=lambda: seen.append("action"))
def p2():
    ab.wait()
t = threading.Thread(target=p2); t.start()
print("main index", ab.wait() in (0, 1))
t.join()
print(seen[-1])
