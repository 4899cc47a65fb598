class Counter:
    count = 0
    items = []

    def __init__(self):
        self.count += 1
        self.items.append(self.count)

a = Counter()
b = Counter()
print(Counter.count, a.count, b.count, Counter.items, a.items is b.items)

class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting

class Child(Base):
    greeting = "hi"

print(Base().greet(), Child().greet())
c = Child()
c.greeting = "yo"
print(c.greet(), Child.greeting)
del c.greeting
print(c.greet())
try:
    del c.greeting
except AttributeError as e:
    print("AttributeError:", e)

class Meta(type):
    shared = "from metaclass"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.shared)
try:
    WithMeta().shared
except AttributeError as e:
    print("AttributeError:", e)

class Bound:
    def m(self):
        return self
bm = Bound().m
print(bm.__self__.__class__.__name__, bm.__func__.__name__, bm() is bm.__self__)
print(Bound.m.__name__, type(Bound.m).__name__, type(bm).__name__)
print(Bound().m == Bound().m, bm == bm)

class Private:
    def __init__(self):
        self.__secret = 42
        self._prot = 1
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)
