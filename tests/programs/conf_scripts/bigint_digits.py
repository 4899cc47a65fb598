import sys
import math

f = math.factorial(50)
print(f, len(str(f)), sum(int(d) for d in str(f)))
print(2 ** 200 // 3 ** 50, -(2 ** 200) % 97, (1 << 100) >> 98, ~(2 ** 65), -(2 ** 65) >> 3)
print(math.gcd(2 ** 64, 6 ** 30), math.lcm(12, 18, 30), math.isqrt(10 ** 40 + 12345), math.comb(100, 50), math.perm(10, 3))
print(hex(2 ** 70), oct(-(8 ** 25)), bin(12345678901234567890)[:20], int("9" * 50) + 1)
print(pow(7, 10 ** 18, 10 ** 9 + 7), pow(12345678901234567890, 3), (10 ** 25) / 3, 10 ** 25 // 3)
print(float(2 ** 1000) if 2 ** 1000 < 1e308 * 10 else "big", 1e308 * 10 == float("inf"))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 1024) // (2 ** 1000), 2 ** 1024 / 2 ** 1000)
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
try:
    int("1" * 7000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
fibs = [0, 1]
while len(fibs) < 300:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 1000000007, fibs[-1].bit_length())
print(int.__name__, (123).__add__(1), (5).__rtruediv__(10), (2 ** 64).to_bytes(9, "big").hex())
print(round(123456789123456789, -5), round(-5 ** 20, -3), abs(-(10 ** 30)), divmod(-(10 ** 20), 7))
print(f"{2 ** 100:,}", f"{2 ** 100:e}", f"{-(2 ** 64):x}", f"{10 ** 20:>30}", "%d" % 2 ** 70, "%.3e" % 2 ** 70)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10 ** 20 + 0.5), math.prod(range(1, 21)))
print(math.sqrt(16), math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(0), math.e, math.pi, math.tau)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.inf, -math.inf)
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.hypot(3, 4, 12))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
