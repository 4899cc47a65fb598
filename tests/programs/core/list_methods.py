# list methods
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 2), a.count(1), a.count(42))
a.remove(1)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
print(len(a), 4 in a, 42 not in a)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.pop(99)
except IndexError as e:
    print(type(e).__name__, e)
c = [1, 2] + [3]
c += (4, 5)
c *= 2
print(c)
print([0] * 3, [[]] * 2, [1, 2] * 0)
try:
    c + (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(list("abc"), list(range(3)), list())
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
n = [1, [2, 3]]
n[1].append(4)
print(n, n[1][2])
