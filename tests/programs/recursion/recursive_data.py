# recursive data structures: repr, equality and self-containing containers
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "d"}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return "R(...)"
r = R()
print(r.me.me.me is r, [r])
x = []
y = [x]
x.append(y)
print(x, y)
def deep_nest(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
n = deep_nest(50)
print(str(n).count("["), str(n)[:10])
class BadRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(BadRepr())
except RecursionError as e:
    print(type(e).__name__)
