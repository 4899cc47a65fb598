# list aliasing, shallow copies and repetition of mutable elements
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
b[0] = 100
b[1].append(4)
print(a, b, c, d)
print(a[1] is b[1] is c[1] is d[1], a is b)
e = a
e.append("shared")
print(a)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
f = [0]
print(mutate(f), f)
g = [[]] * 2
g[0].append("x")
print(g, g[0] is g[1])
h = [1, 2, 3]
for item in h[:]:
    if item == 2:
        h.remove(item)
print(h)
t = ([1],)
t[0].extend([2])
print(t)
