# sys.getrefcount(self) inside __del__, for refcount and cycle deaths
import gc, sys, weakref
gc.collect(); gc.disable()
class A:
    def __del__(self):
        print("rc in __del__", self.tag, sys.getrefcount(self), "weakrefs:", weakref.getweakrefcount(self))
a = A(); a.tag = "plain"; del a
a = A(); a.tag = "self-cycle"; a.me = a; r = weakref.ref(a); del a; gc.collect()
print("r dead:", r() is None)
a = A(); a.tag = "two"; b = A(); b.tag = "two-b"; a.o = b; b.o = a; del a, b; gc.collect()
a = A(); a.tag = "in list"; l = [a, l2 := []]; l2.append(l); del a, l, l2; gc.collect()
gc.enable()
