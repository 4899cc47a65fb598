# repr of containers that contain themselves, directly or indirectly
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
dd = {}
lst = [dd]
dd[1] = lst
print(dd, lst)
print(len(repr(a)), repr(a).count("..."))
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Box(%r)" % (self.items,)
bx = Box()
bx.items.append(bx.items)
print(bx)
nested = [[[[]]], {}, (), set(), frozenset(), {"": ()}, [()], ((),)]
print(nested)
print(str(nested) == repr(nested))
od = {1: {2: {3: {}}}}
print(od, [[]] * 3)
print({(): [], (1,): {}, ((),): set()})
