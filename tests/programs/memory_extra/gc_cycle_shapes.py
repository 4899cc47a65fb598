# How many objects does each kind of cycle contribute to gc.collect()?
import gc
gc.collect(); gc.disable()
def show(label):
    print(label, gc.collect())
class A:
    def m(self): pass
a = A(); a.cb = a.m; del a; show("bound method on self:")
a = A(); a.f = lambda: a; del a; show("lambda referencing global name (no cycle):")
def mk():
    x = A()
    x.f = lambda: x
    return None
mk(); show("closure cycle:")
a = A(); a.d = {"self": a}; del a; show("dict cycle:")
a = A(); a.l = [a, [a]]; del a; show("nested list cycle:")
a = A(); a.t = (a,); del a; show("tuple cycle:")
a = A(); a.s = {1}; a.me = a; del a; show("with a set attr:")
a = A(); a.__dict__; a.me = a; del a; show("after touching __dict__:")
a = A(); vars(a)["me"] = a; del a; show("via vars():")
class S:
    __slots__ = ("x", "y")
s = S(); s.x = s; s.y = [s]; del s; show("slots + list:")
import sys
def f():
    return sys._getframe()
fr = f(); fr.f_locals; del fr; show("frame (no cycle):")
def g():
    fr = sys._getframe()
    return 1
g(); show("frame stored in own local:")
class E(Exception): pass
def h():
    try:
        raise E
    except E as e:
        return e
err = h(); del err; show("returned exception (no cycle):")
def k():
    try:
        raise E
    except E as e:
        saved = e
k(); show("exception saved in local:")
gc.enable()
