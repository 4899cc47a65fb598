import random

random.seed(42)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.choice("abcdef"), random.choice(range(10, 20)))
print(random.sample(range(100), 10))
print(random.sample(deck, 5))
print(random.sample(range(10**6), 8))
print(random.sample("abcdefgh", 8))
print(random.sample(range(1000), 0))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
print(random.choices(["a", "b", "c"], k=10))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=10))
print(random.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=6))
print(random.choices([1, 2, 3]))

r = random.Random("shuffle")
for n in range(1, 8):
    lst = list(range(n))
    r.shuffle(lst)
    print(n, lst)
lst = list(range(1000))
r.shuffle(lst)
print(lst[:10], sum(lst))
t = list("the quick brown fox")
r.shuffle(t)
print("".join(t))

# dice and coin simulations
r = random.Random(7)
counts = [0] * 7
for _ in range(6000):
    counts[r.randint(1, 6)] += 1
print(counts[1:])
flips = "".join(r.choice("HT") for _ in range(40))
print(flips)
print([r.randrange(10, 0, -3) for _ in range(8)])
print([r.randrange(-50, 50, 5) for _ in range(8)])
print([r.randrange(2**80) for _ in range(3)])
print([r.randint(-2**65, 2**65) for _ in range(3)])

# sample of a large population takes the set-based path
print(r.sample(range(10**9), 12))
print(sorted(r.sample(range(30), 25)))
