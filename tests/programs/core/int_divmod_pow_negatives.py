# divmod and pow with negative operands, three-argument pow
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(-1, 10 ** 30), divmod(10 ** 30, -7))
print(divmod(7.5, -2), divmod(-7.5, 2), divmod(-0.0, 1), divmod(5, 0.5))
print(pow(2, -1), pow(-2, -2), pow(-2, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(type(pow(2, -1)).__name__, type(pow(2, 3)).__name__)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97), pow(5, -2, 13))
print(pow(7, 0, 1), pow(0, 0), pow(0, 0, 5), pow(2, 100, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((-2) ** 0.5 == complex(0, 1.4142135623730951) or (-2) ** 0.5)
print(-2 ** 2, (-2) ** 2, 2 ** -2, (-1) ** 10 ** 20)
print(-7 % 3.0, 7 % -3.0, -7 // 3.0, 7.0 // -3)
