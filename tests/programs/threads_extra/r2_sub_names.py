# Thread names: non-str values are str()-ed, default names use the target's name
import threading

class Weird:
    def __str__(self):
        return "weird-name"

def job():
    pass

for name in (42, 3.5, None, Weird(), ("a", 1), b"bytes", ""):
    t = threading.Thread(target=job, name=name)
    n = t.name
    print(repr(name) if not isinstance(name, Weird) else "Weird()", "->", type(n).__name__,
          n if name is not None else n.startswith("Thread-") and n.endswith("(job)"))

t = threading.Thread(target=job)
t.name = 7
print(repr(t.name))
t.name = Weird()
print(repr(t.name))
t.setName(99) if False else None

class Named(threading.Thread):
    pass
n = Named()
print(n.name.startswith("Thread-"), "(" not in n.name)
lam = threading.Thread(target=lambda: None)
print(lam.name.endswith("(<lambda>)"))
class C:
    def meth(self):
        pass
m = threading.Thread(target=C().meth)
print(m.name.endswith("(meth)"))
p = threading.Thread(target=print)
print(p.name.endswith("(print)"))
