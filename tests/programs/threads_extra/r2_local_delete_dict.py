# threading.local: deleting attributes, __dict__ per thread, getattr defaults, hasattr
import threading

loc = threading.local()
loc.x = 1
loc.y = 2
del loc.y
print(sorted(loc.__dict__))
try:
    del loc.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
out = []
def w():
    out.append(sorted(loc.__dict__))
    out.append(hasattr(loc, "x"))
    out.append(getattr(loc, "x", "default"))
    loc.__dict__["z"] = 9
    out.append(loc.z)
    try:
        loc.__dict__ = {}
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    out.append(sorted(vars(loc)))
t = threading.Thread(target=w); t.start(); t.join()
for o in out:
    print(o)
print(sorted(loc.__dict__), hasattr(loc, "z"))
print(type(loc).__name__, type(loc).__module__)
try:
    del loc.__dict__
except AttributeError as e:
    print("AttributeError:", e)
setattr(loc, "dyn", 5)
print(loc.dyn, "dyn" in dir(loc))
