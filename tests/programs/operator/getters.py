# itemgetter, attrgetter, methodcaller: building key functions
from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [("bob", 25, "ops"), ("ann", 31, "eng"), ("cid", 25, "eng"), ("dee", 19, "hr")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(1))[0])
print(list(map(itemgetter(0), rows)))
print(itemgetter(1)("abc"), itemgetter(0, 2, 1)("abc"), itemgetter(slice(2, None))("abcde"))
print(itemgetter("name", "age")({"name": "eve", "age": 40, "x": 0}))
print(itemgetter(-1)([1, 2, 3]), itemgetter(0)(range(5, 9)))
inventory = {"apple": 3, "pear": 0, "fig": 7}
print(sorted(inventory.items(), key=itemgetter(1), reverse=True))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))), repr(itemgetter(slice(1, 2))))
print(type(itemgetter(1)), isinstance(itemgetter(0), itemgetter), callable(itemgetter(0)))

class Point:
    def __init__(self, x, y, label=None):
        self.x, self.y, self.label = x, y, label
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def dist2(self, ox=0, oy=0):
        return (self.x - ox) ** 2 + (self.y - oy) ** 2
class Named:
    def __init__(self, first, last):
        self.name = Point(0, 0)
        self.name.first, self.name.last = first, last
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter("x")), sorted(pts, key=attrgetter("y", "x")))
print(attrgetter("x", "y")(pts[0]), attrgetter("real", "imag")(3 + 4j))
people = [Named("ann", "zed"), Named("bob", "yu")]
print([attrgetter("name.last")(p) for p in people], attrgetter("name.first", "name.last")(people[1]))
print(sorted(people, key=attrgetter("name.last"))[0].name.first)
print(attrgetter("__class__.__name__")(1.5))
print(repr(attrgetter("x")), repr(attrgetter("a.b", "c")))

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("dist2")(Point(3, 4)), methodcaller("dist2", oy=4)(Point(3, 4)), methodcaller("dist2", 1, oy=1)(Point(3, 4)))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])), sorted(["b", "A", "c"], key=methodcaller("lower")))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "two", k=3, j=[4])), repr(methodcaller("g", x=None)))

# picklable, as in CPython
import pickle
for obj in (itemgetter(1), itemgetter(0, 2), attrgetter("real"), attrgetter("a.b", "c"), methodcaller("split", ","), methodcaller("split", sep=",")):
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back))
print(pickle.loads(pickle.dumps(methodcaller("split", maxsplit=1)))("a b c"))

for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

for bad in [lambda: itemgetter(), lambda: itemgetter(1, x=2), lambda: itemgetter("a")([1]),
            lambda: itemgetter(5)([1]), lambda: itemgetter(1)([1, 2], 3), lambda: itemgetter(1)(),
            lambda: itemgetter(1)(x=2), lambda: itemgetter("k")({}), lambda: attrgetter(),
            lambda: attrgetter(1), lambda: attrgetter("a", 1), lambda: attrgetter("a", x=1),
            lambda: attrgetter("foo")(3), lambda: attrgetter("real.foo")(3), lambda: attrgetter("real")(),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller(name="a"),
            lambda: methodcaller("upper")("a", "b"), lambda: methodcaller("upper")(x=1),
            lambda: methodcaller("nope")("a"), lambda: methodcaller("split", 1)("a b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
