# an instance as self inside methods
import sys
class Acc:
    def __init__(self):
        self.total = 0
        print("in __init__", sys.getrefcount(self))
    def count(self):
        return sys.getrefcount(self)
    def chain(self):
        return self.count()
    def via_helper(self):
        return helper(self)
def helper(obj):
    return sys.getrefcount(obj)
a = Acc()
print("module level", sys.getrefcount(a))
print("method", a.count())
print("method chain", a.chain())
print("helper", a.via_helper())
m = a.count
print("bound method held", sys.getrefcount(a), m())
del m
print("bound method gone", sys.getrefcount(a))
print("unbound call", Acc.count(a))
class Sub(Acc):
    def count(self):
        return super().count()
s = Sub()
print("via super", s.count())
