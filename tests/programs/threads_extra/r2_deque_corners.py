# deque corners: maxlen=0, rotate of empty, extend with generators, comparisons, copy, nested repr
from collections import deque

z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend(range(5)); z.extendleft("ab")
print(z, len(z), z.maxlen)
e = deque()
e.rotate(5); e.rotate(-3); e.rotate(0)
print(e)
d = deque(x * x for x in range(5))
d.extend(x for x in "ab")
d.extendleft(i for i in range(3))
print(d)
d.extend(d)
print(len(d), d[0], d[-1])
print(deque([1, 2]) == [1, 2], deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) > deque([1]))
try:
    deque([1]) < [2]
except TypeError as ex:
    print("TypeError:", ex)
c = d.copy()
c.append("new")
print(len(c) - len(d), type(c).__name__, c.maxlen)
m = deque([1, 2, 3], maxlen=3)
mc = m.copy()
mc.append(4)
print(mc, m)
n = deque([deque([1, deque([2])]), [3]], maxlen=5)
print(repr(n))
r = deque()
r.append(r)
print(repr(r))
x = deque(range(10))
print(x.index(5), x.index(5, -7), x.index(8, -3, -1))
for args in ((5, -3), (1, 2, 5), (99,)):
    try:
        print(x.index(*args))
    except ValueError as ex:
        print("ValueError:", ex)
x.rotate(3)
print(x)
x.rotate(-13)
print(x)
print(x.count(3), 3 in x, 30 in x)
x.remove(3)
try:
    x.remove(3)
except ValueError as ex:
    print("ValueError:", ex)
x.insert(-100, "first")
x.insert(100, "last")
print(x)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print("ValueError:", ex)
full = deque(range(3), maxlen=3)
try:
    full.insert(1, "x")
except IndexError as ex:
    print("IndexError:", ex)
print(full * 2, 2 * deque("ab"), deque("ab") + deque("c"))
try:
    deque("ab") + ["c"]
except TypeError as ex:
    print("TypeError:", ex)
full += "xy"
print(full)
del full[0]
print(full, full.pop(), full.popleft())
try:
    deque().pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    deque().popleft()
except IndexError as ex:
    print("IndexError:", ex)
print(list(reversed(deque("abc"))), bool(deque()), deque("abc")[-1])
try:
    deque("abc")[3]
except IndexError as ex:
    print("IndexError:", ex)
try:
    deque("abc")[0:1]
except TypeError as ex:
    print("TypeError:", ex)
