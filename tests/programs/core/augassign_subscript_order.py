# evaluation order of augmented assignment on subscripts and attributes
class Logged:
    def __init__(self, name, data):
        self.name = name
        self.data = data
    def __getitem__(self, k):
        print(self.name, "getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print(self.name, "setitem", k, v)
        self.data[k] = v
def key(k):
    print("key", k)
    return k
def obj(o):
    print("obj", o.name)
    return o
def val(v):
    print("val", v)
    return v
L = Logged("L", [10, 20, 30])
obj(L)[key(1)] += val(5)
print(L.data)
obj(L)[key(0)] *= val(3)
print(L.data)
obj(L)[key(2)] = obj(L)[key(1)] + val(1)
print(L.data)
M = Logged("M", {"a": [1]})
obj(M)[key("a")] += [val(2)]
print(M.data)
class Attr:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __getattribute__(self, name):
        print("getattr", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v)
a = Attr()
a.x += 41
print(object.__getattribute__(a, "x"))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
lst = [1, 2, 3]
i = 0
lst[i] = i = 2
print(lst, i)
