# refcounts observed inside method calls, bound methods and instance attributes
import sys
class Obj:
    def __init__(self):
        self.data = {"x": 1}
    def self_count(self):
        return sys.getrefcount(self)
    def attr_count(self):
        return sys.getrefcount(self.data)
    def pass_attr(self):
        local = self.data
        return sys.getrefcount(local)
    @staticmethod
    def static_count(x):
        return sys.getrefcount(x)
o = Obj()
print("instance at module", sys.getrefcount(o))
print("self inside method", o.self_count())
print("via class call", Obj.self_count(o))
print("attr inside method", o.attr_count())
print("attr bound to local", o.pass_attr())
print("static with instance", Obj.static_count(o))
bm = o.self_count
print("bound method held", sys.getrefcount(o))
print("call via held bound method", bm())
del bm
print("bound method dropped", sys.getrefcount(o))
methods = [o.attr_count, o.pass_attr]
print("two bound methods in list", sys.getrefcount(o))
methods.clear()
print("attr at module", sys.getrefcount(o.data))
alias = o.data
print("attr aliased", sys.getrefcount(o.data))
other = Obj()
other.data = o.data
print("attr shared by two instances", sys.getrefcount(alias))
del other
print("second instance gone", sys.getrefcount(alias))
o.data = None
print("attr rebound", sys.getrefcount(alias))
o.__dict__["again"] = alias
print("via __dict__", sys.getrefcount(alias))
vars(o).clear()
print("dict cleared", sys.getrefcount(alias))
