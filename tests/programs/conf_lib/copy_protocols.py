import copy

class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history
        self.cache = {"big": list(range(3))}
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = {}
a = Account("amy", [1, 2])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.cache, c.cache, b.history is a.history, c.history is a.history)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        print("reduce called")
        return (Pt, (self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
print(copy.copy(Pt(1, 2)), copy.deepcopy([Pt(3, 4)]))
class Reg:
    instances = 0
    def __init__(self):
        Reg.instances += 1
        self.data = [1]
r = Reg()
r2 = copy.copy(r)
print(Reg.instances, r2.data is r.data)
class Memo:
    def __init__(self):
        self.a = []
        self.b = self.a
m = copy.deepcopy(Memo())
print(m.a is m.b)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
class Sub(list):
    pass
s = Sub([1, [2]])
s.tag = "t"
sc = copy.deepcopy(s)
print(type(sc).__name__, sc, sc.tag, sc[1] is s[1])
import collections
od = collections.OrderedDict(a=[1])
print(copy.deepcopy(od), copy.copy(collections.deque([1, 2], maxlen=3)), copy.deepcopy(collections.Counter("aab")))
dd = collections.defaultdict(list, {"k": [1]})
d2 = copy.deepcopy(dd)
d2["z"].append(0)
print(d2, dd)
def fn():
    pass
print(copy.deepcopy(fn) is fn, copy.copy(int) is int, copy.deepcopy(range(3)))
class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("cannot deepcopy NoCopy")
try:
    copy.deepcopy({"k": NoCopy()})
except TypeError as e:
    print("TypeError", e)
print(copy.Error.__mro__[1].__name__)
