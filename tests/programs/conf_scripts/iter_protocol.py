class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __contains__(self, x):
        print(f"  contains? {x}")
        return 0 < x <= self.start

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

c = Countdown(4)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c, sorted(c))
f = Fib(50)
print(list(f), list(f))
print(list(Seq()), 20 in Seq(), [x for x in Seq() if x])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("exhausted")
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5), callable(5))
print(list(zip(Countdown(3), "abc", Fib(10))), dict(enumerate("xy", 1)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
s = iter(Seq())
print(next(s), next(s))
sentinel_it = iter(iter([3, 2, 1, 0, 5]).__next__, 0)
print(list(sentinel_it))
print(any(x > 3 for x in Countdown(5)), all([]), any([]), min(Fib(100), key=lambda v: abs(v - 10)))
print(sum(Countdown(100)), max(Countdown(3)), tuple(map(str, Countdown(2))), list(filter(None, [0, 1, "", "a", None])))
