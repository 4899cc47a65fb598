# slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = []
print(b)
b[1:1] = "xyz"
print(b)
b[:] = range(3)
print(b)
c = list(range(8))
c[::-2] = "ABCD"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[20] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del c[20]
except IndexError as e:
    print(type(e).__name__, e)
d = [0, 1, 2]
d[5:10] = [9]
print(d)
d[-1] = "last"
del d[-2]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
