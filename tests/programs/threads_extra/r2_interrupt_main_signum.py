# _thread.interrupt_main(signum) from a worker: default SIGINT, a custom handler, and an ignored signal
import _thread
import signal
import threading
import time

def worker(*a):
    _thread.interrupt_main(*a)
t = threading.Thread(target=worker)
try:
    t.start(); t.join()
    for _ in range(100):
        time.sleep(0.01)
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s == signal.SIGUSR1))
t = threading.Thread(target=worker, args=(signal.SIGUSR1,))
t.start(); t.join()
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print(got)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)
time.sleep(0.02)
print("ignored signal survived")
for bad in (0, 999, "x"):
    try:
        _thread.interrupt_main(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
