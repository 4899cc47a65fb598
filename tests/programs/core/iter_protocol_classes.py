# custom iterators and iterables: __iter__/__next__, reusable vs one-shot
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Span:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += self.step
    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)
    def __contains__(self, x):
        return self.lo <= x < self.hi and (x - self.lo) % self.step == 0
    def __reversed__(self):
        return iter(list(self)[::-1])

cd = Countdown(3)
print(list(cd), list(cd))
s = Span(2, 15, 4)
print(list(s), list(s), len(s), 10 in s, 11 in s, list(reversed(s)))
print(sum(Span(0, 101)), max(Span(1, 50, 7)), sorted(Span(0, 9, 3), reverse=True))
it = iter(Span(0, 3))
print(next(it), next(it), next(it), next(it, "done"))
a, b, *rest = Span(10, 60, 10)
print(a, b, rest)
print(dict(zip("abc", Countdown(3))), list(enumerate(Countdown(2), 1)))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val
f = Fib(100)
print(list(f), [x for x in f if x % 2 == 0])
print(any(x > 50 for x in f), all(x < 200 for x in f))

class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sentinel(), 5)))
try:
    iter(42)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
chars = iter("hey")
for c in chars:
    print(c, end=" ")
print()
