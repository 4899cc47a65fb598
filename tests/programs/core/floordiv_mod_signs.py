# floor division and modulo with negative ints and floats
vals = [7, -7]
divs = [2, -2, 3, -3]
for a in vals:
    for b in divs:
        print(a, b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2.0]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, -1.0 % 10, 1e-20 % 1.0, -1e-20 % 1.0)
print(5 % -0.5, -5 // 0.3, 5.0 // -0.3)
print((-3) ** 2, -3 ** 2, 2 ** -1, (-2) ** -2, 10 ** -3)
print(7 // True, -7 % True, True // 2)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
print(10**20 // -3, 10**20 % -3, -(10**20) // 7, -(10**20) % 7)
print(2**64 / 2**32, (2**53 + 1) / 1, 1 / 3)
