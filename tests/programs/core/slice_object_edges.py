# slices: negative steps, out-of-range bounds, slice objects and indices()
s = list(range(10))
print(s[::-1], s[::-3], s[8:2:-2], s[-3:], s[-100:3], s[3:-100], s[100:], s[:100])
print(s[5:2], s[2:5:-1], s[-1:-4:-1], s[len(s):0:-1], s[None:None:None])
t = "abcdefg"
print(t[::2], t[1::2], t[-2::-2], t[:-1], t[::-1][::-1] == t)
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], t[sl])
print(slice(5), slice(None), slice(1, 2, 3) == slice(1, 2, 3), repr(slice("a", [1])))
print(slice(None, None, -1).indices(5), slice(-10, 10).indices(4), slice(2, 1).indices(3), slice(0, 100, 7).indices(50))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():], t[:Idx()], (1, 2, 3)[Idx()])
u = list(range(6))
u[::2] = "abc"
print(u)
try:
    u[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
u[1:1] = [9, 9]
print(u)
u[-1:] = []
u[:0] = (0,)
print(u)
u[10:20] = ["end"]
print(u)
v = list(range(5))
v[3:1] = ["x"]
print(v)
w = list(range(8))
del w[::-2]
print(w)
print(range(10)[2:8:3], range(10)[::-1], range(0, 10, 3)[-1], range(5)[-6:], bytes(range(5))[::-2])
try:
    print(hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), {slice(0, 1): 1} if False else "slices unhashable in 3.11")
