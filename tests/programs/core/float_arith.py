# float arithmetic and mixing with ints
a = 7.5
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5, 4 ** 0.5, 2.0 ** -2, (-8) ** 2.0)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3 / 2, 4 / 2, type(4 / 2).__name__)
print(int(3.9), int(-3.9), int(1e20))
print(float(3), float(-0), float("3.25"))
print(1.5 == 1.5, 2.0 == 2, 2.5 > 2, 3 < 3.0001)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.5).hex(), float.fromhex("0x1.8p1"))
print(sum([0.1] * 10), 0.1 * 10)
print(1e308 + 1e308, -1e308 - 1e308)
print(abs(-2.5), -(-2.5), +2.5)
x = 1.0
x += 0.5
x *= 4
x /= 3
x -= 1
print(x)
print(7.0 // 0.5, 7.0 % 0.5, 7.3 % 1.0 < 0.31)
try:
    print(0.0 ** -1)
except Exception as e:
    print(type(e).__name__, e)
print(round(7.5), round(8.5), round(-7.5), type(round(7.5)).__name__)
print(round(3.14159, 3), type(round(3.1, 0)).__name__)
