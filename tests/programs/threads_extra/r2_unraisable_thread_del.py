# __del__ raising inside a thread goes to sys.unraisablehook; the thread carries on
import sys
import threading

seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__ if u.object is not None else None,
                 threading.current_thread().name))
sys.unraisablehook = hook

class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        raise ValueError("del failed " + self.tag)

after = []
def worker():
    n = Noisy("in-thread")
    del n
    after.append("continued")
t = threading.Thread(target=worker, name="deleter")
t.start(); t.join()
x = Noisy("main")
x = None
print(after)
for s in seen:
    print(s)
sys.unraisablehook = sys.__unraisablehook__
