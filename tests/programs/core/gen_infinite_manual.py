# infinite generators consumed with manual islice-like loops
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def cycle(seq):
    while True:
        for x in seq:
            yield x

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(take(5, count()))
print(take(5, count(10, -3)))
print(take(15, fib()))
print(take(12, primes()))
print(take(7, cycle("abc")))
print(list(collatz(27))[:10], len(list(collatz(27))))
print(take(10, [1, 2, 3]))
for i, f in enumerate(fib()):
    if f > 1000:
        print("first fib over 1000:", i, f)
        break
g = primes()
for _ in range(99):
    next(g)
print("100th prime:", next(g))
evens = (n for n in count() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
pairs = zip(count(1), "xyz")
print(list(pairs))
longest = max(range(1, 1000), key=lambda n: sum(1 for _ in collatz(n)))
print(longest)
