# gcd/lcm, perfect numbers, digit manipulation, collatz, armstrong numbers
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 180), gcd(17, 5), gcd(0, 9), math.gcd(48, 180), lcm(4, 6), lcm(21, 6))
l = 1
for k in range(1, 21):
    l = lcm(l, k)
print("lcm 1..20:", l)
def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]
print(divisors(28), divisors(97), len(divisors(720)))
print("perfect:", [n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n])
def digits(n):
    return [int(c) for c in str(n)]
def digit_sum(n):
    s = 0
    while n:
        n, r = divmod(n, 10)
        s += r
    return s
print(digits(90210), digit_sum(90210), digit_sum(2 ** 100), int(str(12345)[::-1]))
armstrong = [n for n in range(1, 10000) if sum(d ** len(str(n)) for d in digits(n)) == n]
print(armstrong)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz_len(n) for n in range(1, 16)])
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(200) if is_square(n)][-3:], math.isqrt(10 ** 20 + 1))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
print(math.comb(10, 3), math.perm(5, 2), math.factorial(12), math.prod([1, 2, 3, 4]))
print(sum(n for n in range(1000) if n % 3 == 0 or n % 5 == 0))
