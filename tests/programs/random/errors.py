import random

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

random.seed(1)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 10, 1)
attempt(random.randrange, 0)
attempt(random.randrange, -3)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 10, 1, 2)
attempt(random.randrange, 1, 10, -1)
attempt(random.randrange, 10, step=2)
attempt(random.randrange, 1, "a")
attempt(random.randint, 5, 1)
attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, {"a": 1}, 1)
attempt(random.sample, [1, 2], 1, counts=[1])
attempt(random.sample, [1, 2], 1, counts=[0, 0])
attempt(random.sample, [1, 2], 1, counts=[1.0, 2.0])
attempt(random.getrandbits, -1)
attempt(random.choices, [1, 2], 3)
attempt(random.choices, [1, 2], [1])
attempt(random.choices, [1, 2], [0, 0])
attempt(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt(random.choices, [1, 2], [1, float("inf")])
attempt(random.choices, [], k=2)
attempt(random.choices, [], k=0)
attempt(random.seed, [1, 2])
attempt(random.seed, {1: 2})
attempt(random.gammavariate, 0, 1)
attempt(random.gammavariate, 1, -1)
attempt(random.setstate, (9, (), None))
attempt(random.setstate, (3, (1, 2), None))
attempt(random.Random, [1])
attempt(random.SystemRandom().getstate)
attempt(random.SystemRandom().setstate, None)
attempt(random.expovariate)
attempt(random.Random(1).randrange, 3, 3)

s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(0), s.getrandbits(8) < 256, len(s.randbytes(5)))
print(1 <= s.randint(1, 6) <= 6, s.choice([7]), sorted(s.sample(range(5), 5)))
print(s.seed(123) is None)

# subclass overriding random() only: _randbelow must use random()
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.randrange(10), f.choice("abcd"), f.randint(1, 100), f.uniform(0, 4))

class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)
c = Counting(5)
print(c.randrange(1000), Counting.calls, c.random() == random.Random(5).random() or "differs")
