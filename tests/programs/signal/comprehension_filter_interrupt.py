# A comprehension whose filter rejects every item loops through a backward conditional
# jump: the interpreter must still check for signals (and GIL drop requests) there.
import signal
import threading


def on_alarm(signum, frame):
    raise KeyboardInterrupt


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    [x for x in range(10**10) if x < 0]
    print("finished")
except KeyboardInterrupt:
    print("interrupted in the list comprehension")

signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    sum(1 for x in range(10**10) if x < 0)
    print("finished")
except KeyboardInterrupt:
    print("interrupted in the generator expression")

# a thread spinning in such a loop still lets the main thread run
stop = threading.Event()


def spin():
    while not stop.is_set():
        [x for x in range(10**5) if x < 0]


t = threading.Thread(target=spin)
t.start()
for i in range(3):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        [x for x in range(10**10) if x < 0]
    except KeyboardInterrupt:
        print("main thread interrupted", i)
stop.set()
t.join()
print("done")
