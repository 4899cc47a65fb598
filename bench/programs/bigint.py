# Arithmetic on integers that overflow machine words.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10 ** 18)
        s += d % 1000003
    return s


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def run(k):
    total = 0
    f = factorial(2000 + 300 * k)
    total += digit_sum(f) + f.bit_length()
    p = 3 ** (20000 + k)
    total += p % 1000000007 + (p // (7 ** 5000)) % 1000003
    total += pow(12345 + k, 6789, 10 ** 40 + 7)
    a = fib_big(20000 + k)
    total += a % (2 ** 61 - 1) + len(str(a)) % 1000
    m = 1
    for i in range(1, 200000):
        m = (m * (2 ** 64 + i + k)) % (2 ** 127 - 1)
    total += m
    total += (-f) // 12345678901234567890 % 99991
    total += (f >> 1000) & 0xFFFFFFFFFFFF
    total += (f ^ (p >> 7)) % 65537 + (f | 12345) % 257 - (-p >> 3) % 1009
    return total


acc = 0
for k in range(8):
    acc += run(k)
print(acc)
