# class attributes vs instance attributes: shadowing, mutation, deletion
class C:
    count = 0
    items = []
    label = "class"
    def __init__(self, tag):
        self.tag = tag
        C.count += 1
a, b = C("a"), C("b")
a.items.append(1)
b.items = ["own"]
print(C.count, a.count, C.items, a.items, b.items)
a.count = 100
print(C.count, a.count, b.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
C.label = "changed"
print(a.label, b.label)
a.label = "inst"
C.label = "changed again"
print(a.label, b.label)
print(sorted(vars(a)), sorted(k for k in vars(C) if not k.startswith("__")))
class D(C):
    label = "D"
d = D("d")
print(d.label, d.count, C.count, D.count)
D.count = 0
print(C.count, D.count)
del D.count
print(D.count)
class M:
    def method(self):
        return "method"
m = M()
m.method = lambda: "instance lambda"
print(m.method(), M().method(), M.method(m))
del m.method
print(m.method())
class P:
    @property
    def val(self):
        return "prop"
p = P()
try:
    p.val = 5
except AttributeError as e:
    print(type(e).__name__, e)
p.__dict__["val"] = "in dict"
print(p.val, p.__dict__)
class NonData:
    def __get__(self, obj, typ=None):
        return "from descriptor"
class Q:
    nd = NonData()
q = Q()
print(q.nd)
q.__dict__["nd"] = "instance wins"
print(q.nd, Q.nd)
