# __del__ timing when containers and function locals go away
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
print("-- list deleted")
lst = [T("l0"), T("l1"), T("l2")]
del lst
print("-- list cleared")
lst = [T("c0"), T("c1")]
lst.clear()
print("-- list element replaced")
lst = [T("r0"), T("r1")]
lst[0] = T("r0-new")
print("-- pop discarded")
lst.pop()
print("-- slice deleted")
lst += [T("s1"), T("s2")]
del lst[1:]
print("-- dict deleted")
d = {"a": T("d-a"), "b": T("d-b")}
del d
print("-- tuple deleted")
t = (T("t0"), T("t1"))
del t
def scope():
    first = T("local-first")
    second = T("local-second")
    third = T("local-third")
    print("leaving scope")
scope()
print("-- return value kept")
def keep():
    a = T("kept")
    b = T("dropped")
    return a
k = keep()
print("-- rebinding")
k = T("replacement")
print("-- expression temporary")
T("temp").name
print("-- attribute chain")
class Holder:
    pass
h = Holder()
h.x = T("attr-x")
h.y = T("attr-y")
del h
print("-- exception holding reference")
def raiser():
    local = T("in-frame")
    raise ValueError("x")
try:
    raiser()
except ValueError:
    print("in except")
print("after except")
print("-- loop variable")
for i in range(2):
    obj = T("loop%d" % i)
print("loop done")
del obj
print("-- end of program")
last = T("module-level")
