# class attributes mutated through instances: shared lists vs rebinding
class Bag:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is Bag.items)
print(a.count, b.count, Bag.count, sorted(vars(a)), sorted(vars(b)))
a.items = ["own"]
print(a.items, b.items, Bag.items)
del a.items
print(a.items)
Bag.count = 100
print(a.count, b.count, Bag().count)
b.items += [3]
print(sorted(vars(b)), b.items is Bag.items, Bag.items)
class Tuple:
    t = ()
x = Tuple()
x.t += (1,)
print(x.t, Tuple.t, "t" in vars(x))
class Dicty:
    registry = {}
    def __init__(self, k):
        self.registry[k] = self.__class__.__name__
class SubDicty(Dicty):
    pass
Dicty("a")
SubDicty("b")
print(Dicty.registry, SubDicty.registry is Dicty.registry)
SubDicty.registry = {}
SubDicty("c")
print(Dicty.registry, SubDicty.registry)
class Fixed:
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append("x")
print(f1.items, f2.items)
try:
    del b.count
except AttributeError as e:
    print("AttributeError", e)
