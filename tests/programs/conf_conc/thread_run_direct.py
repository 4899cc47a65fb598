import threading
import traceback

calls = []

def record(tag):
    calls.append((tag, threading.current_thread().name))

t = threading.Thread(target=record, args=("direct",), name="worker")
t.run()
print(calls)
try:
    t.run()
except AttributeError as e:
    print("second run:", "".join(traceback.format_exception_only(e)).strip())
    print("context:", type(e.__context__).__name__)

class Runner(threading.Thread):
    def run(self):
        calls.append(("override", self._target is not None))

r = Runner(target=record, args=("never",))
r.start()
r.join()

class Chained(threading.Thread):
    def run(self):
        calls.append(("before", self.name))
        super().run()
        calls.append(("after", self.name))

c = Chained(target=record, args=("target",), name="chained")
c.start()
c.join()
print(calls)
print(hasattr(c, "_target"), hasattr(c, "_kwargs"))

class NoInit(threading.Thread):
    def __init__(self):
        pass

n = NoInit()
for action in (n.start, n.is_alive, lambda: repr(n)):
    try:
        action()
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__, e)
