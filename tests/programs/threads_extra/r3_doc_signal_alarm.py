# docs-style: SIGALRM timeout around a blocking operation (Event.wait)
import signal, threading

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout(f"alarm {signal.Signals(signum).name}")

signal.signal(signal.SIGALRM, on_alarm)
ev = threading.Event()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    ev.wait(5)
    print("not reached")
except Timeout as e:
    print("caught:", e)
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
print(ev.is_set())
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
