import random

class Die:
    def __init__(self, sides, seed):
        self.sides = sides
        self.rng = random.Random(seed)
    def roll(self, n=1):
        return [self.rng.randint(1, self.sides) for _ in range(n)]
d6 = Die(6, 1)
d20 = Die(20, 1)
print(d6.roll(10), d20.roll(5))
random.seed(99)
deck = [r + s for s in "♠♥♦♣" for r in ["A", "K", "Q", "J", "10"]]
random.shuffle(deck)
hand = deck[:5]
print(hand, len(deck))
print(random.sample(deck, k=3), random.choice(deck))
print(random.sample(range(10**9), 3))
print([round(random.random(), 6) for _ in range(3)])
print(random.choices(["heads", "tails"], k=10))
print(random.choices([1, 2, 3], weights=[0.2, 0.5, 0.3], k=6))
print(random.randrange(-10, 10, 3), random.randrange(100))
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64)])
print(random.uniform(5, 1), random.triangular())
print(random.sample([1, 2, 3, 4], counts=[1, 2, 0, 3], k=4))
r1 = random.Random(5)
r2 = random.Random(5)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r1.seed(10, version=2)
print(r1.random())
r1.seed(10, version=1)
print(r1.random())
random.seed(None if False else 12)
pop = list(range(20))
random.shuffle(pop)
print(pop)
lst = [1, 2, 3]
print(random.choice(range(5, 10)), random.choice("x"), random.sample(lst, 0))
class MyRand(random.Random):
    def random(self):
        return 0.5
mr = MyRand()
print(mr.random(), mr.choice("abc"), mr.randint(1, 10) if False else "-", mr.uniform(0, 10))
try:
    random.choices([1, 2], weights=[0, 0])
except ValueError as e:
    print("ValueError", e)
try:
    random.sample(range(5), k=-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
