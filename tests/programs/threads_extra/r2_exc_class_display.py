# default thread excepthook: qualified names of local/nested/dynamic exception classes and odd messages
import sys, threading
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
def f1():
    class Local(Exception): pass
    raise Local("nested class")
class Outer:
    class Inner(Exception): pass
def f2(): raise Outer.Inner("inner")
def f3():
    class E(Exception):
        def __str__(self): return 42
    raise E()
def f4():
    E = type("Dyn", (Exception,), {"__module__": "some.module"})
    raise E("dyn")
def f6():
    E = type("Blt", (Exception,), {"__module__": "builtins"})
    raise E("blt")
def f7():
    raise Exception("multi\nline\nmessage")
def f8():
    raise Exception()
def f9():
    raise Exception("")
def f10():
    raise KeyError("")
cap = Capture()
sys.stderr = cap
for fn in (f1, f2, f3, f4, f6, f7, f8, f9, f10):
    t = threading.Thread(target=fn, name=fn.__name__); t.start(); t.join()
sys.stderr = sys.__stderr__
for l in "".join(cap.parts).splitlines():
    if l.startswith(" ") or l.startswith("Traceback"): continue
    print(l)
