# deque: maxlen trimming from either end, index/insert bounds, extend by itself, comparisons,
# copies of subclasses, references held and released
import sys
from collections import deque

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    print(list(d), end=" ")
print()
for i in range(5):
    d.appendleft(-i)
    print(list(d), end=" ")
print()
z = deque([1, 2, 3], maxlen=0)
print(z, len(z), z.maxlen)
d = deque("abcdef")
print(d.index("c"), d.index("c", 2), d.index("f", -2), d.index("a", -100, 100))
for args in (("c", 3), ("a", 1, 3), ("z",)):
    try:
        d.index(*args)
    except ValueError as e:
        print("ValueError:", e)
d.insert(-1, "X"); d.insert(100, "END"); d.insert(-100, "START")
print(d)
d.extend(d)
print(len(d), d[0], d[-1])
d.extendleft("xy")
print(list(d)[:4])
print(deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque() == deque(), deque([1]) != deque([1.0]))
try:
    deque([1]) < [2]
except TypeError as e:
    print("TypeError:", e)

class Named(deque):
    def __init__(self, it=(), maxlen=None, tag="t"):
        super().__init__(it, maxlen)
        self.tag = tag
n = Named([1, 2], 4, tag="mine")
c = n.copy()
print(type(c).__name__, c, c.tag, n.tag, c.maxlen)
print(n + deque([3]), type(n + deque([3])).__name__)

obj = object()
print(sys.getrefcount(obj))
q = deque([obj, obj])
print(sys.getrefcount(obj))
q.pop()
print(sys.getrefcount(obj))
q.clear()
print(sys.getrefcount(obj))

class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
q = deque([Noisy("a"), Noisy("b")], maxlen=2)
q.append(Noisy("c"))
print("after append")
q.popleft()
print("after popleft")
del q
print("end")
r = deque([3, 1, 2])
r.rotate(0); r.rotate(10); print(r)
print(r.count(1), r.count(9), deque().count(1))
r.remove(1); print(r)
r[0], r[-1] = r[-1], r[0]; print(r)
it = reversed(r)
print(next(it), it.__length_hint__(), list(it))
