# the main thread dies with an exception while a non-daemon worker still runs: worker finishes, exit status 1
import threading
import time
import sys

def worker():
    time.sleep(0.1)
    print("worker finished after main's traceback")
    sys.stdout.flush()
threading.Thread(target=worker).start()
def fail():
    raise LookupError("main thread failure")
fail()
