# docs-style: threading.Timer runs a function later; cancel prevents it
import threading

fired = []
def hello(who):
    fired.append(f"hello, {who}")

t = threading.Timer(0.05, hello, args=("world",))
t.start()
t.join()
c = threading.Timer(5.0, hello, kwargs={"who": "never"})
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set(), c.is_alive())
print(type(t).__name__, isinstance(t, threading.Thread))
