# bitwise operations on negative and big integers
big = 2 ** 100
vals = [-1, -2, -big, -big - 1, big - 1, -(2 ** 64), 12345678901234567890]
for v in vals:
    print(v & 0xFF, v | 1, v ^ -1, ~v, v >> 3, v >> 200)
print(-big & big, -big | big, (-big) ^ big)
print((-big - 1) & (big - 1), -1 & (2 ** 70 - 1))
print(-5 >> 1, -1 >> 100, -(2 ** 65) >> 64, (2 ** 65) >> 64)
print(-3 << 70, 1 << 0, 0 << 1000, -1 << 65)
print(bin(-big)[:12], hex(-big - 1), oct(-(2 ** 64)))
print((-big).bit_length(), (big - 1).bit_length(), (0).bit_length(), (-1).bit_length())
print((-7).bit_count() if hasattr(int, "bit_count") else "n/a", (2 ** 100 - 1).bit_count())
print(int.from_bytes((-big).to_bytes(14, "big", signed=True), "big", signed=True) == -big)
print((255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(True & 3, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
