# signal handlers always run in the main thread; signal() from a thread raises ValueError
import signal
import threading
import time

where = []
def handler(signum, frame):
    where.append(threading.current_thread() is threading.main_thread())

signal.signal(signal.SIGUSR1, handler)
errs = []
def worker():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errs.append(str(e))
    print("getsignal from thread ok:", signal.getsignal(signal.SIGUSR1) is handler)
    signal.raise_signal(signal.SIGUSR1)
    while not where:
        time.sleep(0.005)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
t = threading.Thread(target=worker)
t.start()
while t.is_alive():
    time.sleep(0.01)
t.join()
for _ in range(100):
    if len(where) >= 2:
        break
    time.sleep(0.01)
print(errs)
print(where)
