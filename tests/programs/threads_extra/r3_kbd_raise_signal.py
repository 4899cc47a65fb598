# GIL lecture: KeyboardInterrupt via signal.raise_signal in main thread during work
import signal, threading

stop = threading.Event()
progress = []
def worker():
    n = 0
    while not stop.is_set():
        n += 1
        if n % 1000 == 0:
            stop.wait(0.001)
    progress.append(n > 0)

t = threading.Thread(target=worker)
t.start()
total = 0
try:
    for i in range(1, 10**9):
        total += i
        if i == 5000:
            signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught, total =", total, repr(e))
finally:
    stop.set()
    t.join()
print("worker progressed:", progress)
