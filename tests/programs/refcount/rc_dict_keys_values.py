# objects as dict values vs keys
import sys
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
k = Key(1)
v = [1]
d = {}
d[k] = v
print("key", sys.getrefcount(k), "value", sys.getrefcount(v))
d[k] = v
print("same assign again", sys.getrefcount(k), sys.getrefcount(v))
k2 = Key(1)
d[k2] = [2]
print("equal key overwrite", sys.getrefcount(k), sys.getrefcount(k2), sys.getrefcount(v))
d2 = {k: k, "x": v, "y": v}
print("key and value", sys.getrefcount(k), sys.getrefcount(v))
e = dict(d2)
print("dict copy", sys.getrefcount(k), sys.getrefcount(v))
del e, d2
print("copies gone", sys.getrefcount(k), sys.getrefcount(v))
got = d.pop(k)
print("popped", sys.getrefcount(got), sys.getrefcount(k))
s = {k2}
print("in set", sys.getrefcount(k2))
