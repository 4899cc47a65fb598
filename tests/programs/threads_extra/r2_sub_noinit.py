# Thread subclass whose __init__ forgets super().__init__(): every API raises a clear error
import threading

class Forgetful(threading.Thread):
    def __init__(self, n):
        self.n = n
    def run(self):
        print("ran", self.n)

f = Forgetful(1)
def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("start", f.start)
show("join", f.join)
show("is_alive", f.is_alive)
show("name", lambda: f.name)
show("daemon", lambda: f.daemon)
show("set daemon", lambda: setattr(f, "daemon", True))
show("ident", lambda: f.ident)
show("native_id", lambda: f.native_id)
show("set name", lambda: setattr(f, "name", "x"))
show("repr", lambda: repr(f))
show("run direct", f.run)
