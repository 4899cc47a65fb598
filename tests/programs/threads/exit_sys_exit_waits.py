# sys.exit in the main thread still waits for non-daemon threads; the exit status is kept
import sys
import threading
import time

go = threading.Event()

def worker():
    go.wait()
    time.sleep(0.05)
    print("worker finished after sys.exit")

def daemon_worker():
    threading.Event().wait()      # blocks forever; ignored at exit

threading.Thread(target=worker).start()
threading.Thread(target=daemon_worker, daemon=True).start()
print("main calling sys.exit(3)")
go.set()
sys.exit(3)
