# Thread subclasses: overriding run, extra __init__ state, results read after join
import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)
        self.where = threading.current_thread() is self

class Named(threading.Thread):
    def __init__(self, tag):
        super().__init__(name="named-" + tag, daemon=False)
        self.tag = tag
        self.seen = None

    def run(self):
        self.seen = threading.current_thread().name

workers = [Summer(range(i * 10)) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print([w.where for w in workers])
print(all(not w.is_alive() for w in workers))

n = Named("x")
n.start()
n.join()
print(n.name, n.seen, n.tag)

# run() can also be called directly: it then runs in the calling thread
s = Summer([1, 2, 3])
s.run()
print(s.total, s.where, s.ident)

# a subclass that keeps Thread.run and passes target through
class Passing(threading.Thread):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = "extra"
out = []
p = Passing(target=out.append, args=("from target",))
p.start()
p.join()
print(out, p.extra, isinstance(p, threading.Thread))

# forgetting to call Thread.__init__
class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)
