# slicing with steps and negative indices on lists and tuples
a = list(range(12))
print(a[::3], a[1::4], a[-1::-5], a[10:2:-3])
print(a[-4:], a[:-9], a[-100:2], a[9:100], a[5:5], a[6:3])
print(a[::-1][:3], a[-3:-1], a[-1:-3], a[-1:-3:-1])
t = tuple(a)
print(t[2:9:2], t[::-4], t[-2::-3])
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, a[s])
print(slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(2, 100, 2).indices(7))
print(a[True:5], a[False])
class Idx:
    def __index__(self):
        return 2
print(a[Idx()], a[Idx():5])
try:
    a[1:5:0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["a":]
except TypeError as e:
    print(type(e).__name__, e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m[::-1]], [row[1] for row in m])
print("hello"[1:-1:2], b"abcdef"[::-2], bytearray(b"xyz")[::-1])
print(range(20)[3:15:4], list(range(20)[::-7]))
