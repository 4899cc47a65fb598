# raise_signal runs a Python handler in the main thread with (signum, frame) before raise_signal returns
import signal
import threading

calls = []
def handler(signum, frame):
    calls.append(signum)
    calls.append(threading.current_thread() is threading.main_thread())
    calls.append(frame is not None)

signal.signal(signal.SIGUSR1, handler)
print("before:", calls)
signal.raise_signal(signal.SIGUSR1)
print("after:", calls)
print(type(calls[0]).__name__, calls[0] == signal.SIGUSR1)

calls.clear()
signal.signal(signal.SIGUSR2, handler)
signal.signal(signal.SIGTERM, handler)
for s in (signal.SIGUSR2, signal.SIGTERM, signal.SIGUSR1):
    signal.raise_signal(s)
print([c for c in calls if not isinstance(c, bool)])

# an ignored signal does nothing
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored SIGUSR1, still running")

# the handler may change state seen by the interrupted code, and can be re-entered later
state = {"count": 0}
def counting(signum, frame):
    state["count"] += 1
signal.signal(signal.SIGUSR2, counting)
for _ in range(5):
    signal.raise_signal(signal.SIGUSR2)
print(state)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
