# big integers: arithmetic, conversions and the 4300-digit str() limit in 3.11
import sys
big = 3 ** 200
print(big, len(str(big)), big.bit_length(), big % 1000, -big // 7 % 10)
print(2 ** 100 - 1 == (1 << 100) - 1, (1 << 100) >> 99, -(1 << 100) >> 99, ~(1 << 70))
print(pow(3, 200, 10**9 + 7), pow(-3, 3), pow(2, -2), pow(10, 20) // pow(10, 18), pow(3, -1, 7))
print(int("9" * 50) + 1, int("-" + "1" * 30) * -1, abs(-(10 ** 25)), hex(2 ** 80), oct(-(2 ** 40)))
print(divmod(10 ** 30, -7), divmod(-(10 ** 30), 7), (10 ** 30) / 3, 10 ** 400 // 10 ** 399)
print(float(10 ** 308), int(1e20), int(-1.5e19), 2 ** 63, -2 ** 63, 2 ** 64 - 1)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 10 ** 398, 10 ** 400 / 10 ** 399, (10 ** 400) == 10.0 ** 300, 10 ** 400 > 1e308)
print(sys.get_int_max_str_digits())
huge = 10 ** 4300
try:
    s = str(huge)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(huge)) > 3000, huge.bit_length(), huge % 97)
print(f"{2**70:,}", f"{-(2**70):_x}", format(2**100, "e"), "%d" % (3 ** 50), "%x" % (2 ** 65))
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\x01" + bytes(8), "big"), (-1).to_bytes(2, "big", signed=True))
try:
    (2 ** 64).to_bytes(8, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)), (2 ** 100).__sizeof__() > 0, int.__name__)
