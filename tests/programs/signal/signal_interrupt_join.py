# SIGINT sent to the main thread by a worker interrupts Thread.join with KeyboardInterrupt
import signal
import threading
import time

main_ident = threading.get_ident()
release = threading.Event()
finished = threading.Event()

def worker():
    time.sleep(0.05)             # usually the main thread is blocked in join() by now
    signal.pthread_kill(main_ident, signal.SIGINT)
    release.wait(30)             # stay alive until the main thread has handled the interrupt
    finished.set()

t = threading.Thread(target=worker)
try:
    t.start()
    t.join()
    print("join returned normally")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt while joining:", repr(e))
# (CPython 3.11 marks a thread whose join was interrupted as stopped, so is_alive() is not checked here)
print("worker finished yet:", finished.is_set())
release.set()
print("worker finishes:", finished.wait(30))
t.join()
