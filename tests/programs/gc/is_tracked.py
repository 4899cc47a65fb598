# Which objects the collector tracks (CPython 3.11 rules).
import gc


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


def show(label, obj):
    print(f"{label:28} {gc.is_tracked(obj)}")


show("int", 42)
show("big int", 10 ** 30)
show("float", 1.5)
show("complex", 1j)
show("str", "hello")
show("bytes", b"abc")
show("None", None)
show("True", True)
show("bytearray", bytearray(b"x"))
show("range", range(3))
show("empty list", [])
show("list of ints", [1, 2, 3])
show("empty dict", {})
show("dict of atoms", {"a": 1, "b": 2.0})
show("dict with a list value", {"a": []})
show("dict with a tuple key", {(1, 2): 3})
show("empty tuple", ())
show("new tuple of ints", tuple([1, 2]))
show("set of ints", {1, 2})
show("frozenset", frozenset([1]))
show("instance", Plain())
show("slotted instance", Slotted())
show("class", Plain)
show("function", show)
show("lambda", lambda: 0)
show("module gc", gc)

# a dict becomes tracked once it holds a container
d = {"a": 1}
print("dict before:", gc.is_tracked(d))
d["b"] = [1]
print("dict after adding list:", gc.is_tracked(d))
d2 = {}
d2[1] = "x"
print("dict with str value:", gc.is_tracked(d2))
d2[2] = (1, [])
print("dict with tuple holding list:", gc.is_tracked(d2))

# tuples of atomic items are untracked by a collection
t = tuple([1, 2, "three"])
gc.collect()
print("atomic tuple after collect:", gc.is_tracked(t))
t2 = tuple([1, []])
gc.collect()
print("tuple holding a list after collect:", gc.is_tracked(t2))
nested = tuple([tuple([1, 2]), 3])
gc.collect()
gc.collect()  # the outer tuple is untracked once its inner one is
print("tuple of atomic tuple after collect:", gc.is_tracked(nested))

# dict copies and comprehensions follow the same rule
print("dict comprehension of ints:", gc.is_tracked({i: i for i in range(3)}))
print("dict comprehension of lists:", gc.is_tracked({i: [i] for i in range(3)}))
print("dict(zip(...)) of strs:", gc.is_tracked(dict(zip("ab", "cd"))))
print("copy of atomic dict:", gc.is_tracked({"a": 1}.copy()))

for args in [(), (1, 2)]:
    try:
        gc.is_tracked(*args)
    except TypeError as e:
        print(type(e).__name__, e)
