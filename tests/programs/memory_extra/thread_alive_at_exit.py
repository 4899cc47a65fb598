# A non-daemon thread still running when the main module finishes
import atexit
import threading

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "in", threading.current_thread().name)

go = threading.Event()

def worker(obj):
    go.wait()
    local = D("worker-local")
    print("worker finishing with", obj.n)

t = threading.Thread(target=worker, args=(D("arg"),), name="W")
t.start()
g = D("global")
atexit.register(lambda: print("atexit runs, thread alive:", t.is_alive()))
print("main body done")
go.set()
