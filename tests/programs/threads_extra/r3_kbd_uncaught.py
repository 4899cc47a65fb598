# GIL lecture: uncaught KeyboardInterrupt from raise_signal exits with 130-style status
import signal, threading

def w():
    pass
t = threading.Thread(target=w); t.start(); t.join()
print("before", flush=True)
signal.raise_signal(signal.SIGINT)
print("not reached")
