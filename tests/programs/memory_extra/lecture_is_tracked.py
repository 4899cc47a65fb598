# Which objects does the cycle collector track?
import gc

class Plain:
    pass

class Slots:
    __slots__ = ()

def show(label, obj):
    print(f"{label:30} {gc.is_tracked(obj)}")

show("int", 42)
show("float", 3.5)
show("str", "hello")
show("bytes", b"x")
show("None", None)
show("empty tuple", ())
show("tuple of ints", (1, 2))
show("tuple with list", ([],))
show("empty list", [])
show("list of ints", [1, 2, 3])
show("empty dict", {})
show("dict of atoms", {"a": 1, "b": 2.0})
show("dict with list value", {"a": []})
show("dict with tuple value", {"a": (1,)})
show("set", {1, 2})
show("frozenset", frozenset())
show("instance", Plain())
show("class", Plain)
show("function", show)
show("lambda", lambda: 0)
show("module", gc)
show("slotted instance", Slots())
show("generator", (i for i in range(3)))
show("bound method", Plain().__init__)
show("range", range(3))
show("bytearray", bytearray(b"ab"))
d = {}
show("dict before adding list", d)
d["k"] = [1]
show("dict after adding list", d)
d["k"] = 1
show("dict after replacing list", d)
