# Lecture 3: reference counting basics with sys.getrefcount
import sys

class Widget:
    pass

w = Widget()
print("fresh object:", sys.getrefcount(w))   # name + argument
alias = w
print("after alias:", sys.getrefcount(w))
box = [w, w, w]
print("in list three times:", sys.getrefcount(w))
d = {"a": w, "b": w}
print("dict values:", sys.getrefcount(w))
d2 = {w: 1}
print("dict key:", sys.getrefcount(w))
t = (w,)
print("tuple:", sys.getrefcount(w))
box.pop()
print("after pop (discarded):", sys.getrefcount(w))
x = box.pop()
print("after pop into x:", sys.getrefcount(w))
del x, alias
print("after del x, alias:", sys.getrefcount(w))
box.clear()
d.clear()
d2.clear()
del t
print("after clearing containers:", sys.getrefcount(w))
s = {w}
print("in a set:", sys.getrefcount(w))
s.discard(w)
print("discarded from set:", sys.getrefcount(w))
w.self_ref = w
print("self reference:", sys.getrefcount(w))
del w.self_ref
print("self ref removed:", sys.getrefcount(w))
print("getrefcount of int literal > 1:", sys.getrefcount(12345678901) >= 2)
name = "teaching-" + str(len(sys.argv))
print("new string:", sys.getrefcount(name))
lst = []
for i in range(5):
    lst.append(name)
print("string in list 5x:", sys.getrefcount(name))
del lst
print("list deleted:", sys.getrefcount(name))
