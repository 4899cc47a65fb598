# signal.signal may only be called from the main thread; getsignal and raise_signal work anywhere
import signal
import threading

out = []
def handler(signum, frame):
    out.append(("handler", int(signum), threading.current_thread().name))

def worker():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        out.append(("ValueError", str(e)))
    out.append(("getsignal ok", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL))

t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
for item in out:
    print(item)

# installed by main; raised from a worker; the handler still runs in the main thread
out.clear()
signal.signal(signal.SIGUSR1, handler)
def raiser():
    signal.raise_signal(signal.SIGUSR1)
t = threading.Thread(target=raiser, name="raiser")
t.start()
t.join()
for _ in range(1000):          # give the main thread bytecodes to run the pending handler on
    if out:
        break
print(out)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
