import sys
class V: pass
d = {"a": V(), "b": V()}
for k, v in d.items():
    print(k, sys.getrefcount(v))
for t in d.items():
    print(sys.getrefcount(t[1]))
