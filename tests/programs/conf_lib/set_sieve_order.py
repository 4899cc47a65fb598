import random

def sieve(n):
    nums = set(range(2, n + 1))
    for p in range(2, int(n ** 0.5) + 1):
        if p in nums:
            for m in range(p * p, n + 1, p):
                nums.discard(m)
    return nums
primes = sieve(60)
print(primes)
primes.add(97)
primes.add(64 + 3)
print(primes)
s = set(range(10))
s.remove(1)
s.remove(3)
s.add(33)
print(s)
work = set(range(12))
popped = [work.pop() for _ in range(4)]
print(popped, work)
work.add(0)
work.add(1)
print(work.pop(), work.pop(), work)
rng = random.Random(5)
bag = set()
taken = []
for step in range(300):
    op = rng.random()
    v = rng.randint(0, 200)
    if op < 0.6:
        bag.add(v)
    elif op < 0.9:
        bag.discard(v)
    elif bag:
        taken.append(bag.pop())
    if step % 75 == 74:
        print(step, len(bag), list(bag)[:20])
print(taken)
multiples = set(range(100))
for i in range(0, 100, 3):
    multiples.remove(i)
multiples.update([1000, 513, 257])
print(multiples)
base = set([15, 30, 45, 60, 1000, 2000])
print(base)
print(base.union([99, 7], (1,)))
snapshot = base.copy()
snapshot.update([99, 7, 1])
print(snapshot, set(base) == base)
