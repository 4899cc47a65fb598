# The order in which __del__ runs when a container holding several objects dies.
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("list:")
lst = [Item("l0"), Item("l1"), Item("l2"), Item("l3")]
del lst

print("tuple:")
tup = (Item("t0"), Item("t1"), Item("t2"))
del tup

print("dict:")
d = {"a": Item("d-a"), "b": Item("d-b"), "c": Item("d-c")}
del d

print("dict keys and values:")
class Key(Item):
    def __hash__(self):
        return hash(self.name)

d = {Key("k1"): Item("v1"), Key("k2"): Item("v2")}
del d

print("nested list:")
nested = [[Item("n0a"), Item("n0b")], [Item("n1a")], Item("n2")]
del nested

print("list.clear():")
lst = [Item("c0"), Item("c1"), Item("c2")]
lst.clear()
print("  cleared")

print("slice deletion:")
lst = [Item("s0"), Item("s1"), Item("s2"), Item("s3")]
del lst[1:3]
print("  remaining", [i.name for i in lst])
del lst

print("pop and overwrite:")
lst = [Item("p0"), Item("p1")]
lst.pop()
lst[0] = Item("p-new")
print("  end of block")
del lst

print("instance attributes:")
class Owner:
    def __init__(self):
        self.first = Item("attr-first")
        self.second = Item("attr-second")
        self.third = Item("attr-third")

o = Owner()
del o

print("dict.popitem and dict.clear:")
d = {1: Item("x1"), 2: Item("x2"), 3: Item("x3")}
d.popitem()
d.clear()
print("done")
