# signal: SIGALRM handler raising interrupts Lock.acquire, Queue.get, join and sleep in main
import signal, threading, queue, time

class Alarm(Exception):
    pass
def h(signum, frame):
    raise Alarm(signum == signal.SIGALRM)
signal.signal(signal.SIGALRM, h)

lk = threading.Lock(); lk.acquire()
blocker = threading.Event()
t = threading.Thread(target=blocker.wait, daemon=True); t.start()
ops = [("lock.acquire", lambda: lk.acquire()),
       ("lock.acquire(timeout)", lambda: lk.acquire(timeout=5)),
       ("queue.get", lambda: queue.Queue().get()),
       ("join", lambda: t.join()),
       ("sleep", lambda: time.sleep(5)),
       ("rlock-cond.wait", lambda: threading.Condition().__enter__() or threading.Condition().wait(5))]
for name, op in ops[:5]:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        op()
        print(name, "returned")
    except Alarm as e:
        print(name, "interrupted", e.args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
print(lk.locked(), t.is_alive())
blocker.set(); t.join()
print(t.is_alive())
