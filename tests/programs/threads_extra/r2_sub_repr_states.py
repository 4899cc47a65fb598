# repr of Thread subclasses and Timer across states (no idents printed)
import threading

class Worker(threading.Thread):
    def __init__(self, ev):
        super().__init__(name="wk", daemon=True)
        self.ev = ev
    def run(self):
        self.ev.wait()

ev = threading.Event()
w = Worker(ev)
print(repr(w))
w.start()
r = repr(w)
print(r.startswith("<Worker(wk, started daemon "), r.endswith(")>"))
ev.set(); w.join()
print(repr(w).startswith("<Worker(wk, stopped daemon "))
tm = threading.Timer(10, print)
tm.name = "tm"
print(repr(tm))
tm.cancel()
print(repr(tm))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
