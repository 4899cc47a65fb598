# Barrier breaking: wait timeout, abort, reset, failing action, BrokenBarrierError for everyone
import threading

print(threading.BrokenBarrierError.__mro__[1].__name__)

b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, repr(str(e)))
print("broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)

# per-call timeout overrides the default
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("per-call timeout broke it:", b2.broken)

# abort wakes a waiting thread with BrokenBarrierError
b3 = threading.Barrier(3)
outcome = []
def waiter():
    try:
        b3.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
t = threading.Thread(target=waiter)
t.start()
while b3.n_waiting < 1:
    t.join(0.005)
b3.abort()
t.join()
print("abort:", outcome, b3.broken)

# reset while a thread waits: that thread gets BrokenBarrierError, the barrier is usable again
outcome.clear()
t = threading.Thread(target=waiter)
b3.reset()
t.start()
while b3.n_waiting < 1:
    t.join(0.005)
b3.reset()
t.join()
print("reset:", outcome, b3.broken)

# an action that raises breaks the barrier; the thread that ran it gets the action's error
def bad_action():
    raise ZeroDivisionError("in action")
b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except ZeroDivisionError as e:
    print("action error:", e)
print("broken after bad action:", b4.broken)
try:
    b4.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError on next wait")
