# arbitrary precision integers
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
b = 10 ** 30 + 7
print(b)
print(a * b - b * a)
print(divmod(b, 12345678901234567))
print(divmod(-b, 12345678901234567))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)))
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
print(2 ** 64 == 18446744073709551616)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(abs(-(10 ** 25)))
print(pow(3, 100, 1000000007))
print((2 ** 127 - 1) % 1000)
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(int("123456789012345678901234567890") + 1)
print(-(2 ** 80) >> 3, (2 ** 80) >> 79, 1 << 90)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 70))
print(float(2 ** 60), 2 ** 60 / 2 ** 58)
print(10 ** 20 // 10 ** 10, 10 ** 20 / 10 ** 10)
