# slice() objects
s = slice(3)
print(s, s.start, s.stop, s.step)
s2 = slice(1, 10, 2)
print(s2, list(range(20))[s2], "abcdefghijk"[s2])
print(slice(None), slice(None, None, -1), slice(-3, None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(2, 8).indices(5), slice(None, None, -2).indices(6), slice(-100, 100).indices(4))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
data = list(range(10))
idx = slice(2, 6)
data[idx] = ["x"]
print(data)
del data[slice(0, 2)]
print(data)
print((1, 2, 3, 4)[slice(1, None)], b"bytes"[slice(None, None, -1)])
print(slice("a", "b", "c"), slice(1.5, 2.5))
try:
    [1, 2, 3][slice(1.5, 2)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
