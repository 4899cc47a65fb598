# The collector untracks tuples and dicts that can never be part of a cycle
import gc

t = (1, 2, "three")
print("new tuple of atoms tracked:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))
t2 = (1, [])
gc.collect()
print("tuple holding a list after collect:", gc.is_tracked(t2))
t3 = (1, (2, 3))
gc.collect()
print("nested tuple of atoms after collect:", gc.is_tracked(t3), gc.is_tracked(t3[1]))
t4 = tuple([1, 2])
print("tuple() from list:", gc.is_tracked(t4))
d = dict(a=1)
print("dict(a=1):", gc.is_tracked(d))
d2 = {"k": (1, 2)}
print("dict with tuple value:", gc.is_tracked(d2))
d3 = {}
d3["x"] = {}
print("dict with empty dict value:", gc.is_tracked(d3))
d4 = dict.fromkeys(range(3))
print("fromkeys:", gc.is_tracked(d4))
d5 = {i: str(i) for i in range(3)}
print("comprehension of atoms:", gc.is_tracked(d5))
d6 = d2.copy()
print("copy of dict with tuple:", gc.is_tracked(d6))
class C:
    pass
c = C()
c.x = 1
print("instance:", gc.is_tracked(c), "its __dict__:", gc.is_tracked(c.__dict__))
print("empty list:", gc.is_tracked([]), "list of atoms:", gc.is_tracked([1]))
s = set()
print("empty set:", gc.is_tracked(s))
