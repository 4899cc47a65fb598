# bound method objects hold their instance (and function); refcounts show it
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
    def ret_method(self):
        return self.m
c = C()
print("base instance", sys.getrefcount(c))
func = C.__dict__["m"]
print("base function", sys.getrefcount(func))
b = c.m
print("bound held: instance", sys.getrefcount(c), "function", sys.getrefcount(func))
b2 = c.m
print("second bound held", sys.getrefcount(c), sys.getrefcount(func))
print("same bound object?", b is b2, b == b2)
del b2
print("self inside via held bound", b())
print("self inside via fresh bound", c.m())
del b
print("bound dropped", sys.getrefcount(c), sys.getrefcount(func))
handlers = {"x": c.m, "y": c.ret_method}
print("bound methods in dict", sys.getrefcount(c))
handlers["z"] = handlers["x"]
print("same bound stored twice", sys.getrefcount(c))
handlers.clear()
print("dict cleared", sys.getrefcount(c))
r = c.ret_method()
print("method returned bound", sys.getrefcount(c))
print("bound.__self__ count", sys.getrefcount(r.__self__))
del r
cb = [c.m for _ in range(4)]
print("four bound methods", sys.getrefcount(c))
del cb
print("end", sys.getrefcount(c), sys.getrefcount(func))
s = staticmethod(func)
print("staticmethod wrapper", sys.getrefcount(func))
del s
print("wrapper gone", sys.getrefcount(func))
