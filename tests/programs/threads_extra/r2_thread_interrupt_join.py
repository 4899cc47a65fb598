# a worker sends SIGINT to the main thread blocked in join(): KeyboardInterrupt interrupts the join
import signal
import threading
import time

ready = threading.Event()
release = threading.Event()
def worker():
    ready.wait()
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
    release.wait()

t = threading.Thread(target=worker)
t.start()
ready.set()
try:
    t.join()
    print("join finished normally")
except KeyboardInterrupt:
    print("KeyboardInterrupt during join")
release.set()
t.join()
print("joined:", not t.is_alive())

got = []
def handler(signum, frame):
    got.append(signal.Signals(signum).name)
signal.signal(signal.SIGUSR1, handler)
lock = threading.Lock()
lock.acquire()
def poker():
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
    time.sleep(0.05)
    lock.release()
p = threading.Thread(target=poker)
p.start()
print("acquired:", lock.acquire(timeout=5), got)
p.join()
