# __getitem__ __setitem__ __delitem__
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
g = Grid()
g[0, 1] = "a"
g["x"] = 5
print(g[0, 1], g["x"])
g["x"] += 1
print(g.data)
del g[0, 1]
try:
    g[9]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice" + str((i.start, i.stop, i.step))
        if i >= 3:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq()
print(s[0], s[2], s[1:5], s[::2], s[:-1:3])
print(list(s), 20 in s, 50 in s)
for v in s:
    print("iter", v)
a, b, c = s
print(a, b, c)
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
try:
    r[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
