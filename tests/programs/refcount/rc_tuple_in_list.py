# objects stored in tuples inside lists
import sys
a = {"name": "a"}
b = [0]
pairs = [(a, b), (b, a)]
print("a in two tuples", sys.getrefcount(a))
print("b in two tuples", sys.getrefcount(b))
t = pairs[0]
print("tuple aliased", sys.getrefcount(t))
pairs.pop(0)
print("a after pop", sys.getrefcount(a), "tuple", sys.getrefcount(t))
del t
print("a after tuple freed", sys.getrefcount(a))
rows = [(a,) * 3 for _ in range(2)]
print("a in repeated tuples", sys.getrefcount(a))
rows = None
print("a after rows dropped", sys.getrefcount(a))
nested = [[(b, [b])]]
print("b nested deep", sys.getrefcount(b))
nested[0].clear()
print("b after inner clear", sys.getrefcount(b))
