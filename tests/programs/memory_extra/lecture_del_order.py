# __del__ runs as soon as the last reference disappears
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)

print("-- rebinding")
a = Tracked("first")
a = Tracked("second")
print("rebound")

print("-- del statement")
b = Tracked("b")
c = b
del b
print("b deleted, c still alive")
del c
print("c deleted")

print("-- function scope")
def work():
    t = Tracked("local")
    print("leaving work")

work()
print("after work")

print("-- list of objects")
items = [Tracked("i%d" % i) for i in range(3)]
del items[1]
print("middle removed")
items.reverse()
del items
print("list gone")

print("-- temporaries")
Tracked("temp").name
print("after temp expression")
print(len(Tracked("arg").name))

print("-- dict overwrite")
reg = {"k": Tracked("old")}
reg["k"] = Tracked("new")
print("overwritten")
reg.pop("k")
print("popped")

print("-- attribute replacement")
class Holder:
    pass
h = Holder()
h.part = Tracked("part1")
h.part = Tracked("part2")
del h
print("holder gone")
a = None
print("end of program")
