# signal handlers run in the main thread, even when a worker thread raises the signal
import signal
import threading

received = []

def handler(signum, frame):
    received.append((signal.Signals(signum).name, threading.current_thread() is threading.main_thread(),
                     frame is not None))

print("default before:", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
old = signal.signal(signal.SIGUSR1, handler)
print("old handler is default:", old == signal.SIG_DFL)
signal.raise_signal(signal.SIGUSR1)
print("after main raise:", received)

def worker():
    signal.raise_signal(signal.SIGUSR1)
t = threading.Thread(target=worker)
t.start()
t.join()
for _ in range(1000):
    if len(received) >= 2:
        break
print("after worker raise:", received)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("SIGINT became KeyboardInterrupt")

errors = []
def install_in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errors.append(str(e))
t = threading.Thread(target=install_in_thread)
t.start(); t.join()
print("install from thread:", errors)

class Timeout(Exception):
    pass
def raising(signum, frame):
    raise Timeout("signal %d" % signum)
signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Timeout as e:
    print("handler raised:", e.args[0] == "signal %d" % signal.SIGUSR2)
print("getsignal:", signal.getsignal(signal.SIGUSR2) is raising)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored signal ok")
