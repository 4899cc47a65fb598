# a failing del of an attribute or item marks the target in the traceback
class A: pass
a = A()
d = {}
try:
    del d["k"]
except KeyError: pass
del a.x
