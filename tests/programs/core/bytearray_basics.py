# bytearray basics
ba = bytearray(b"hello")
print(ba, len(ba), type(ba).__name__)
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b"??")
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
print(ba)
del ba[1]
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba.reverse()
print(ba)
ba.remove(ord("Z"))
print(ba, ba.find(b"Y"), ba.count(b"l"))
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"))
print(bytes(ba), ba == bytes(ba), ba + b"!", ba * 2)
print(ba.decode("ascii"), ba.upper(), ba[::-1])
c = ba.copy()
c.clear()
print(c, ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.remove(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
x = bytearray()
x += b"abc"
x *= 2
print(x, list(x[:2]))
