# basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, 2 ** 10, (-2) ** 3, 2 ** -1)
print(divmod(a, b), divmod(-a, b))
print(abs(-42), -(-7), +3)
print(7 // 2 * 2 + 7 % 2)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
print(0 - 0, 1 - 1, -0)
print(3 * -4, -3 * -4)
print(100 // 7, 100 % 7, -100 // 7, -100 % 7)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
