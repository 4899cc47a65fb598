# integers growing into bigints: factorials, powers, fibonacci, digit sums
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (5, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
print(len(str(f100)) - len(str(f100).rstrip("0")))
print(2 ** 200)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1, (2 ** 64) // 3, (2 ** 64) % 1000)
print(3 ** 100 % 10 ** 9, pow(3, 100, 10 ** 9), pow(2, 1000, 997))
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
big = 10 ** 30 + 7
print(big * big, big - 10 ** 30, big // 10 ** 15, -big // 7, -big % 7)
print(divmod(-(10 ** 20), 3), abs(-(2 ** 100)), (2 ** 100).bit_length())
print(int("9" * 40) + 1, str(10 ** 25)[::-1])
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
print(float(2 ** 100), int(float(2 ** 100)) == 2 ** 100, (2 ** 100) / 2 ** 98)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1) == hash(-1 - 2 ** 61 + 2))
x = 1
for i in range(1, 11):
    x = x * 1000 + i
print(x, x.bit_length(), f"{x:,}")
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)), sorted([2 ** 65, -5, 2 ** 64, 0]))
print(sum(range(10 ** 6)), sum(i * i for i in range(1, 1001)))
print(1 << 100, (1 << 100) >> 99, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
