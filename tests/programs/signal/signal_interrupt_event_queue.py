# SIGINT to the main thread interrupts Event.wait, Queue.get and Condition.wait; the objects stay usable
import queue
import signal
import threading
import time

main_ident = threading.get_ident()

def send_sigint():
    time.sleep(0.05)
    signal.pthread_kill(main_ident, signal.SIGINT)

ev = threading.Event()
s = threading.Thread(target=send_sigint)
try:
    s.start()
    ev.wait()
    print("event set?!")
except KeyboardInterrupt:
    print("Event.wait interrupted")
s.join()
ev.set()
print("wait after set:", ev.wait(10))

q = queue.Queue()
s = threading.Thread(target=send_sigint)
try:
    s.start()
    q.get()
    print("got an item?!")
except KeyboardInterrupt:
    print("Queue.get interrupted")
s.join()
q.put("item")
print("get after put:", q.get(timeout=10))

cond = threading.Condition()
s = threading.Thread(target=send_sigint)
with cond:
    try:
        s.start()
        cond.wait()
    except KeyboardInterrupt:
        print("Condition.wait interrupted")
    # the condition's lock is held again after the interrupted wait
    print("notify works:", cond.notify() is None)
s.join()
