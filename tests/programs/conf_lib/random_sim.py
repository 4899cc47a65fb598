import random

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
for k in sorted(hist):
    print(f"{k:2d} {'#' * (hist[k] // 10)} {hist[k]}")
walk = 0
path = []
for _ in range(20):
    walk += rng.choice((-1, 1))
    path.append(walk)
print(path)
inside = sum(1 for _ in range(5000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 5000)
names = ["ann", "bob", "cy", "di", "ed", "flo"]
rng.shuffle(names)
print(names[:3], names[3:])
print(sorted(rng.sample(range(1, 50), 6)))
print([round(rng.gauss(100, 15), 3) for _ in range(5)])
print([rng.randrange(0, 100, 7) for _ in range(6)])
print(rng.choices(names, weights=range(1, 7), k=6))
print(round(rng.vonmisesvariate(1.0, 2.0), 6), round(rng.paretovariate(3.0), 6), round(rng.weibullvariate(1.0, 1.5), 6))
print(round(rng.lognormvariate(0, 0.5), 6), round(rng.gammavariate(2.0, 1.0), 6))
