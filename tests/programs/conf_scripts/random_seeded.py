import random

random.seed(42)
print([random.randint(1, 100) for _ in range(8)])
print(round(random.random(), 10), random.choice("abcdefg"), random.randrange(0, 100, 5))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(50), 5), random.choices("xyz", k=6))
print(round(random.uniform(1, 2), 8), round(random.gauss(0, 1), 8))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
rng = random.Random(7)
print(rng.randint(0, 10), rng.random() < 1, rng.getrandbits(16))
random.seed("hello")
print(random.randint(0, 1000))
random.seed(1)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)

def simulate_dice(n, seed):
    r = random.Random(seed)
    counts = [0] * 13
    for _ in range(n):
        counts[r.randint(1, 6) + r.randint(1, 6)] += 1
    return counts[2:]
res = simulate_dice(1000, 3)
print(res, sum(res))
for total, c in enumerate(res, 2):
    print(f"{total:>2} {'#' * (c // 10)}")
random.seed(99)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], sorted(deck[:5]))
print(random.randbytes(4).hex() if hasattr(random, "randbytes") else "no")
print(round(random.triangular(0, 10, 3), 6), round(random.expovariate(1.5), 6))
