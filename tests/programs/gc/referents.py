# gc.get_referents / gc.get_referrers on small structures.
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = [1, "two", 3.0]
b = {"k": a}
c = (a, b)

ref = gc.get_referents(a)
print("list referents:", len(ref), sorted(map(repr, ref)))
ref = gc.get_referents(b)
print("dict referents:", len(ref), "k" in ref, any(r is a for r in ref))
ref = gc.get_referents(c)
print("tuple referents:", len(ref), any(r is a for r in ref), any(r is b for r in ref))
ref = gc.get_referents({1: "one", 2: "two"})
print("int-keyed dict referents:", sorted(map(repr, ref)))
print("several at once:", len(gc.get_referents(a, c)))
print("no arguments:", gc.get_referents())
print("int has none:", gc.get_referents(5))
print("str has none:", gc.get_referents("abc"))

p = Point([1], [2])
ref = gc.get_referents(p)
print("instance refers to its class:", any(r is Point for r in ref))

s = {1, 2, 3}
print("set referents:", sorted(gc.get_referents(s)))
fs = frozenset(["x"])
print("frozenset referents:", gc.get_referents(fs))


def outer():
    value = [42]

    def inner():
        return value
    return inner


fn = outer()
ref = gc.get_referents(fn)
print("function refers to its globals:", any(r is globals() for r in ref))
print("function refers to its code:", any(r is fn.__code__ for r in ref))
print("function refers to its closure:", any(r is fn.__closure__ for r in ref))

# referrers: which containers point at an object
target = ["target"]
holder1 = [target]
holder2 = {"t": target}
holder3 = (target, 0)
refs = gc.get_referrers(target)
print("list referrer:", any(r is holder1 for r in refs))
print("dict referrer:", any(r is holder2 for r in refs))
print("tuple referrer:", any(r is holder3 for r in refs))
print("module globals refer:", any(r is globals() for r in refs))
del holder1
refs = gc.get_referrers(target)
print("after del holder1:", any(type(r) is list and r and r[0] is target for r in refs))

lone = Point(0, 0)
refs = gc.get_referrers(lone)
print("only globals:", [r is globals() for r in refs])
pair = [lone, lone]
print("list counted once:", sum(1 for r in gc.get_referrers(lone) if r is pair))
print("referrers of several:", sum(1 for r in gc.get_referrers(lone, target) if r is pair))
