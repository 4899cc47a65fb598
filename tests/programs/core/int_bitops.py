# bitwise operators on ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xFF, -5 | 0, -5 ^ -1)
print(~0, ~-1, ~5, ~-6)
print(5 >> 0, 5 << 0)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((2 ** 100).bit_length())
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(0x7FFFFFFF << 1, 0x7FFFFFFFFFFFFFFF << 1)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
