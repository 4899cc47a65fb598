from array import array

a = array("i", [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a))
a.append(4)
a.extend([5, 6])
print(a, a[1], a[-1], a[1:3])
a.insert(0, 0)
print(a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(4), a.count(2))
a.reverse()
print(a, a.tolist())
d = array("d", [1.5, 2.5])
print(d, sum(d))
b = array("b", [1, -1])
print(b.tobytes(), array("B", b"\x01\x02"))
u = array("u", "hello")
print(u, u.tounicode())
print(array("i"), repr(array("f", [0.5])))
try:
    array("b", [200])
except OverflowError as e:
    print("OverflowError", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError", e)
try:
    array("z")
except ValueError as e:
    print("ValueError", e)
x = array("h", range(5))
x[1:3] = array("h", [9, 9, 9])
print(x, x * 2, x + array("h", [7]))
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1]) < array("i", [2]))
y = array("H")
y.frombytes(b"\x01\x00\x02\x00")
print(y, y.buffer_info()[1])
y.fromlist([7, 8])
print(y)
print(sorted(array("i", [3, 1, 2])))
