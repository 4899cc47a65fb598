# sieve of Eratosthenes, trial division and prime factorization
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, p in enumerate(is_p) if p]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    fs = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs[d] = fs.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        fs[n] = fs.get(n, 0) + 1
    return fs

ps = sieve(100)
print(ps)
print(len(sieve(10000)), sum(sieve(1000)))
print(all(is_prime(p) for p in ps), [n for n in range(100) if is_prime(n)] == ps)
for n in (360, 97, 1001, 2 ** 10, 600851475143, 123456789):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins)
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.index(max(gaps)))
print([p for p in sieve(200) if str(p) == str(p)[::-1]])
print(is_prime(2 ** 31 - 1), is_prime(2 ** 31 + 1))
