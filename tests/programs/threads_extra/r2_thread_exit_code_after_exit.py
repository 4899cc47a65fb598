# sys.exit(7) in main while a non-daemon worker later fails: the worker's traceback goes to the hook, status stays 7
import sys
import threading
import time

def worker():
    time.sleep(0.05)
    raise ValueError("late failure")
threading.excepthook = lambda a: print("hook saw", a.exc_type.__name__, a.exc_value, flush=True)
threading.Thread(target=worker, name="late").start()
print("main exiting")
sys.exit(7)
