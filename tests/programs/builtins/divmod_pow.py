# divmod and pow
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 3), divmod(10 ** 20, 7))
print(divmod(True, 2), divmod(7, 2.0))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(0, 0))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 5), pow(3, -1, 11), pow(2, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(2 ** 100 % 97 == pow(2, 100, 97))
for args in [(1, 0), (1.0, 0.0), (2, 3, 0), (2.0, 3, 5), (2, -1, 4), (0, -1)]:
    try:
        if len(args) == 2:
            print(divmod(*args) if args != (0, -1) else pow(*args))
        else:
            print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
print((-2) ** 2, -2 ** 2, 2 ** 0.5, 4 ** -0.5, 10 ** -2)
