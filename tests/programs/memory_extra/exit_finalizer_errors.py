# Exceptions raised by finalizers, from normal code, atexit and interpreter shutdown
import atexit
import weakref

class BoundHook:
    def __init__(self, obj):
        self.obj = obj
    def __repr__(self):
        return "<hook for %s>" % self.obj.tag
    def __call__(self):
        raise ValueError("finalizer failed for " + self.obj.tag)

class Hook:
    # a non-function __del__: looked up on the type and bound through __get__
    def __get__(self, obj, cls=None):
        return BoundHook(obj)

class Victim:
    __del__ = Hook()
    def __init__(self, tag):
        self.tag = tag

class CycleVictim(Victim):
    pass

def at_exit():
    print("atexit: creating and dropping a victim")
    v = Victim("atexit-local")
    del v
    print("atexit: done")

atexit.register(at_exit)
g = Victim("global")
c = CycleVictim("cycle")
c.me = c
del c
temp = Victim("temporary")
del temp

class Target:
    pass
t = Target()
r = weakref.ref(t, len)
del t
print("main done")
