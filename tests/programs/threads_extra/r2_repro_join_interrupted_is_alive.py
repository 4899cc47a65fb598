# CPython 3.11.7: when KeyboardInterrupt interrupts Thread.join(), _wait_for_tstate_lock sees the
# tstate lock locked, releases it and calls _stop(), so is_alive() reports False for a live thread
import signal, threading, time
release = threading.Event()
def worker():
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
    release.wait()
t = threading.Thread(target=worker)
t.start()
try:
    t.join()
except KeyboardInterrupt:
    print("interrupted; is_alive:", t.is_alive(), "in enumerate:", t in threading.enumerate())
release.set()
t.join()
