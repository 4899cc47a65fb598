# SIGINT sent to the main thread interrupts a blocking Lock.acquire / RLock.acquire with KeyboardInterrupt
import signal
import threading
import time

main_ident = threading.get_ident()

def send_sigint():
    time.sleep(0.05)
    signal.pthread_kill(main_ident, signal.SIGINT)

for lock in (threading.Lock(), threading.RLock()):
    kind = type(lock).__name__
    holder_ready = threading.Event()
    done = threading.Event()
    def holder():
        with lock:
            holder_ready.set()
            done.wait(30)
    h = threading.Thread(target=holder)
    h.start()
    holder_ready.wait()
    s = threading.Thread(target=send_sigint)
    try:
        s.start()
        lock.acquire()           # held by the other thread: blocks until the signal arrives
        print(kind, "acquired?!")
    except KeyboardInterrupt:
        print(kind, "acquire interrupted by KeyboardInterrupt")
    s.join()
    done.set()
    h.join()
    print(kind, "can be taken now:", lock.acquire(timeout=10))
    lock.release()

# a timed acquire is interrupted the same way
lock = threading.Lock()
lock.acquire()
s = threading.Thread(target=send_sigint)
try:
    s.start()
    lock.acquire(timeout=60)
except KeyboardInterrupt:
    print("timed acquire interrupted")
s.join()
lock.release()
