# count, cycle and repeat: laziness, reprs, types and the values they produce
import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(type(c), isinstance(c, count), iter(c) is c)
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10), 4)), list(islice(count(5, 3), 4)), list(islice(count(3, -1), 5)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(1j, 1+1j), 3)))
print(list(islice(count(step=2), 3)), list(islice(count(start=7), 2)))
for args in [(), (5,), (5, 1), (5, 2), (1.5,), (1.5, 1), (0, 1.0), (-1, -1), (True,), (True, 2), (2 ** 70,), (1j,), (0, 0)]:
    print('count', args, '->', repr(count(*args)))
c = count(3, 2)
next(c)
print('after next:', repr(c))
ctr = count(True)
print(next(ctr), type(next(ctr)).__name__)
class Third:
    # a number type of its own: count only needs __add__ (and __float__ to accept it)
    def __init__(self, n): self.n = n
    def __float__(self): return self.n / 3
    def __add__(self, other): return Third(self.n + other.n)
    def __repr__(self): return f"{self.n}/3"
print(list(islice(count(Third(1), Third(1)), 4)), repr(count(Third(2), Third(1))))

# zip with count numbers things lazily, even though count is infinite
for i, ch in zip(count(1), "abc"):
    print(i, ch, end="; ")
print()

cy = cycle("ab")
print(type(cy).__name__, [next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 8)), list(cycle([])))

# cycle reads its input once, lazily, and replays what it saved
def noisy():
    for x in "xyz":
        print("  produce", x)
        yield x
cy = cycle(noisy())
print([next(cy) for _ in range(7)])

r = repeat("a", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(repeat([1, 2])), repr(repeat(None, 0)), repr(repeat(1, -5)), list(repeat(1, -5)))
print(repr(repeat(object=5, times=2)), list(repeat(times=2, object='z')))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(0))))
import operator
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 99))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)

class MyCount(count):
    pass
m = MyCount(4, 2)
print(repr(m), isinstance(m, count), next(m), next(m), repr(m))
print(repr(MyCount()))

class Rep(repeat):
    pass
print(repr(Rep('q', 2)), list(Rep('q', 2)))

print(count(7).__reduce__(), count(7, 2).__reduce__(), count(1.5).__reduce__())
print(repeat('x', 2).__reduce__(), repeat('y').__reduce__())
import pickle
print(repr(pickle.loads(pickle.dumps(count(3, 5)))), repr(pickle.loads(pickle.dumps(repeat('z', 2)))))

for bad in [lambda: count('a'), lambda: count(1, 'b'), lambda: count(start=None), lambda: count(1, 2, 3),
            lambda: count(x=1), lambda: count(1, start=2), lambda: cycle(), lambda: cycle(5),
            lambda: cycle([1], [2]), lambda: cycle(iterable=[1]), lambda: repeat(),
            lambda: repeat(1, 'a'), lambda: repeat(1, 2.0), lambda: repeat(1, times=None),
            lambda: repeat(1, 2, 3), lambda: repeat(1, 2 ** 70), lambda: repeat(times=3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
