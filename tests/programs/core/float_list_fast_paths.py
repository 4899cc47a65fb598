# Float division and powers, and list indexing by int, where the common cases have fast
# paths: the edges must still raise or answer as CPython does.
import math

for x, y in [(1.0, 2.0), (-7.5, 2.5), (1e308, 1e-308), (0.0, -1.0), (5.0, 0.0), (0.0, 0.0), (-1.0, 0.0)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

for x, y in [(2.0, 0.5), (4.0, -0.5), (0.0, 2.0), (0.0, -1.0), (-8.0, 1.0 / 3), (-8.0, 2.0), (1e300, 2.0),
             (10.0, 400.0), (2.0, float("inf")), (0.5, float("inf")), (float("inf"), 0.0), (float("nan"), 0.0),
             (1.0, float("nan")), (-0.0, -1.0), (2.5, 1e-320)]:
    try:
        r = x ** y
        print(repr(r) if isinstance(r, float) else "complex" if isinstance(r, complex) else r)
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[2])
for i in (3, -4, 10**20):
    try:
        a[i]
    except IndexError as e:
        print("IndexError:", e)
a[-1] = "last"
a[0] = a
print(len(a), a[2], a[0] is a)
for i in (3, -4):
    try:
        a[i] = 0
    except IndexError as e:
        print("IndexError:", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)


l = L([1, 2, 3])
print(l[0], l[-1])
l[1] = 5
print(list(l))


class D:
    def __del__(self):
        print("D freed")


b = [D(), 1]
b[0] = "replaced"
print(b)
b[0] += "!"
print(b, math.isclose(2.0 ** 0.5, math.sqrt(2)))


# a tuple subclass's own __getitem__ answers indexing
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


t = T((1, 2, 3))
print(t[0], t[-1], tuple(t), len(t))
