# sys.exit in the main thread still waits for non-daemon threads, then exits with the code
import sys
import threading

go = threading.Event()
def worker():
    go.wait(5)
    print("worker saw the event:", go.is_set())

t = threading.Thread(target=worker)
t.start()
def exiter():
    sys.exit(7)
e = threading.Thread(target=exiter)
e.start(); e.join()
print("sys.exit in a thread only ends that thread:", not e.is_alive())
go.set()
print("main calling sys.exit(3)")
sys.exit(3)
