# weakref.finalize as a safer alternative to __del__
import gc
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempFile._cleanup, name)
    @staticmethod
    def _cleanup(name):
        print("cleanup", name)
        return "removed " + name
    def close(self):
        return self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

f1 = TempFile("one.tmp")
print("alive:", f1._finalizer.alive, "closed:", f1.closed)
print("close returns:", f1.close())
print("closed:", f1.closed, "second close:", f1.close())
del f1
print("no second cleanup")

f2 = TempFile("two.tmp")
del f2
print("after del two")

f3 = TempFile("three.tmp")
fin = f3._finalizer
print("peek:", fin.peek()[2:], "atexit:", fin.atexit)
print("detach:", fin.detach()[2:])
print("alive after detach:", fin.alive, fin.peek(), fin.detach())
del f3
print("detached finalizer does not run")

class Node:
    pass
n = Node()
n.me = n
weakref.finalize(n, print, "cycle finalized", "with", "args", sep="-")
del n
print("before collect")
gc.collect()
print("after collect")

holder = Node()
weakref.finalize(holder, print, "at exit")
weakref.finalize(holder, print, "at exit, registered second")
nf = weakref.finalize(Node(), print, "immediate")
print("immediate done, alive:", nf.alive)
print("end of main")
