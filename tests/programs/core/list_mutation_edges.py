# list mutation while iterating, insert/index bounds, repetition and aliasing
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
a = [0, 1, 2]
a.insert(100, "end")
a.insert(-100, "start")
a.insert(-1, "before-last")
print(a)
b = list("abcabc")
print(b.index("c"), b.index("c", 3), b.index("a", -3), b.index("b", 0, 2))
try:
    b.index("c", 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print([1, 2] * -1, [0] * 0, [[]] * 3, 3 * [None])
grid = [[0] * 2] * 2
grid[0][0] = 5
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 5
print(grid2)
c = [1, 2]
c += c
print(c)
c.extend(c)
print(c)
c[:] = c[::-1]
print(c)
d = [3, 1, 2]
e = d
d = d + [4]
e += [5]
print(d, e)
f = [1, 2, 3]
print(f.pop(0), f.pop(-1), f, f.count(2), [].count(1))
g = [1, 2, 3, 4, 5]
g[1:4] = g[3:0:-1]
print(g)
h = [1, [2, 3]]
h2 = h.copy()
h2[1].append(4)
h2[0] = 99
print(h, h2)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [[]], [1, 2] != (1, 2))
i = [5, 6]
i.extend(iter(range(2)))
i.extend("xy")
i.extend({"k": 1})
print(i)
try:
    i.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
j = [1, 2, 3]
j.reverse()
print(j, list(reversed(j)), j[::-1] is j)
print(list.__add__([1], [2]), [1] + list((2,)))
