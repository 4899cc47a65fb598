import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(-5, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.randrange(10), random.randrange(5, 50, 5))
print(round(random.uniform(1.0, 2.0), 10))
print(random.gauss(0, 1))
print(random.choices(["r", "g", "b"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(random.choices("xy", k=4))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.sample("abcdef", k=3))
print(random.getrandbits(16), random.getrandbits(70))
print(random.triangular(0, 10, 3))
print(random.betavariate(2, 3))
print(random.expovariate(1.5))
print(random.normalvariate(10, 2))
r = random.Random(7)
print(r.random(), r.randint(0, 9))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(123456789012345678901234567890)
print(random.randint(0, 10**20))
random.seed(3.5) if False else random.seed(0)
print([random.randint(1, 6) for _ in range(10)])
print(random.randbytes(5))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.randint(1, 2.5)
except Exception as e:
    print(type(e).__name__, e)
