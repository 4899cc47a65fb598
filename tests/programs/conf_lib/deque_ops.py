from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d)
print(d.count(7), d.index(7))
d.remove(7)
print(d)
d.reverse()
print(d)
b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(99)
print(b)
b.appendleft(-1)
print(b)
print(d[0], d[-1], len(d))
d.insert(2, 'x')
print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
try:
    d.remove('nope')
except ValueError as e:
    print("ValueError", e)
print(deque('abc') + deque('de'))
print(deque([1, 2]) * 2)
print(list(reversed(deque([1, 2, 3]))))
print(deque() == deque([]), deque([1]) < deque([2]))
c = d.copy()
c.clear()
print(c, d)
print(repr(deque(maxlen=2)))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print("IndexError", e)
