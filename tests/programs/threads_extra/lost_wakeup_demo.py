# the "lost wakeup": notify() before anyone waits is lost; a predicate with wait_for avoids it
import threading

cond = threading.Condition()
with cond:
    cond.notify()            # nobody is waiting: the notification is simply dropped
with cond:
    print("bare wait after early notify:", cond.wait(timeout=0.05))

ready = [False]
def signaller():
    with cond:
        ready[0] = True
        cond.notify_all()
s = threading.Thread(target=signaller)
s.start()
s.join()                     # the notification has already happened
with cond:
    print("wait_for with predicate:", cond.wait_for(lambda: ready[0], timeout=0.05))

ev = threading.Event()
ev.set()                     # an Event remembers being set, so it cannot be lost
print("event wait after set:", ev.wait(timeout=0.05))
