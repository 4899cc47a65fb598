# Ctrl-C while workers run: KeyboardInterrupt lands in the main thread, which stops the workers
import signal
import threading
import time

stop = threading.Event()
progress = []

def worker(i):
    while not stop.is_set():
        stop.wait(0.005)
    progress.append(i)

def presser():
    time.sleep(0.05)
    signal.raise_signal(signal.SIGINT)   # simulate the user pressing Ctrl-C

workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
p = threading.Thread(target=presser)
p.start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
    stop.set()
for w in workers:
    w.join()
p.join()
print("workers stopped cleanly:", sorted(progress))

def handler(signum, frame):
    print("custom SIGINT handler ran in", threading.current_thread().name)
    stop.set()
signal.signal(signal.SIGINT, handler)
stop.clear()
t = threading.Thread(target=presser)
t.start()
t.join()
stop.wait(5)
print("stop set by handler:", stop.is_set())
signal.signal(signal.SIGINT, signal.default_int_handler)
