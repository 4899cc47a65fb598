# In which order do __del__ methods run when containers drop their items?
import collections, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
def section(name, f):
    print(name + ":", end=" ")
    f()
    print()
def t1():
    l = [D(i) for i in range(4)]
    del l[1:3]
    print("| rest", end=" ")
section("slice del", t1)
def t2():
    d = {i: D(i) for i in range(3)}
    d.clear()
section("dict clear", t2)
def t3():
    t = tuple(D(i) for i in range(3))
section("tuple dealloc", t3)
def t4():
    class H: pass
    h = H()
    h.b = D("b"); h.a = D("a"); h.c = D("c")
section("instance attrs", t4)
def t5():
    q = collections.deque(D(i) for i in range(3))
section("deque", t5)
def t6():
    a, b, c = D("a"), D("b"), D("c")
    del a, c
    print("| b last", end=" ")
section("del a, c", t6)
def t7():
    outer = D("outer")
    outer.inner = D("inner")
section("nested", t7)
def t8():
    x = D("x"); y = D("y"); z = D("z")
section("locals at return", t8)
def t9():
    l = [D(i) for i in range(3)]
    l[:] = [D(9)]
    print("| replaced", end=" ")
section("slice assign", t9)
def t10():
    d = {"k%d" % i: D(i) for i in range(3)}
    for k in list(d):
        d.pop(k)
section("dict pop loop", t10)
def t11():
    l = [D(i) for i in range(3)]
    l.sort(key=lambda o: -o.n)
section("sorted list dealloc", t11)
def t12():
    od = collections.OrderedDict((i, D(i)) for i in range(3))
section("OrderedDict", t12)
def t13():
    l = [D(0), [D(1), [D(2)]], D(3)]
section("nested lists", t13)
def t14():
    d = {i: D(i) for i in range(3)}
    del d[1]
    d[5] = D(5)
section("dict after del/insert", t14)
def mk(): return [D(i) for i in range(4)]
l = mk(); l.clear(); print("| clear")
l = mk(); l[1:3] = []; print("| l[1:3] = []")
l = mk(); l[1:3] = [7]; print("| l[1:3] = [7]")
l = mk(); l[::2] = [D("a"), D("b")]; print("| l[::2] = ...")
l = mk(); del l[::2]; print("| del l[::2]")
l = mk(); l *= 0; print("| l *= 0")
l = mk(); del l[:]; print("| del l[:]")
l = mk(); l.__init__([]); print("| __init__")
l = mk(); l[:] = l[2:]; print("| l[:] = l[2:]")
l = None; print()
d = {i: D(i) for i in range(3)}; d.update({0: None, 1: None}); print("| update")
d = {i: D(i) for i in range(3)}; d.popitem(); print("| popitem")
d = None; print("| dropped")
