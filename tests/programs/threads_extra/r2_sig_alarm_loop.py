# SIGALRM from signal.alarm(1) interrupts a short sleep loop; alarm(0) returns remaining seconds
import signal
import time

hits = []
def on_alarm(signum, frame):
    hits.append(signal.Signals(signum).name)
    raise TimeoutError("alarm fired")

signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
loops = 0
try:
    while True:
        time.sleep(0.05)
        loops += 1
except TimeoutError as e:
    print("caught:", e, loops > 5)
print(hits)
print(signal.alarm(5))
print(signal.alarm(0))
print(signal.alarm(0))
try:
    signal.alarm(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    signal.alarm(1.5)
except TypeError as e:
    print("TypeError:", e)
