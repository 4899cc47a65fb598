# islice: slicing any iterator lazily; tee: independent copies of one iterator
import sys
from itertools import islice, tee, count, chain

s = "ABCDEFGHIJ"
for args in [(2,), (0,), (2, 4), (2, None), (0, None, 2), (1, 8, 3), (None,), (None, None, None),
             (3, 3), (5, 2), (20,), (8, 20), (None, 5, 2)]:
    print(args, "".join(islice(s, *args)))
print(list(islice(count(), 100, 103)), list(islice(count(), 0, 20, 7)))
print(list(islice(range(10), 2, sys.maxsize)), list(islice("ab", sys.maxsize)))
print(list(islice(iter(range(10)), True, 5)))

class Idx:
    def __index__(self):
        return 3
print(list(islice("abcdefg", Idx())), list(islice("abcdefg", Idx(), None, Idx())))

# islice consumes only what it needs, and leaves the rest of the iterator
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))  # islice(it, 2, 4) stops after reading 4 items
def noisy():
    for x in range(100):
        print("  gen", x)
        yield x
sl = islice(noisy(), 1, 6, 2)
print("made")
print(next(sl))
print(next(sl))
print(list(sl))

# chunking with islice
def chunks(iterable, n):
    it = iter(iterable)
    while True:
        part = list(islice(it, n))
        if not part:
            return
        yield part
print(list(chunks(range(11), 4)))

for bad in [(), ([1],), ([1], 'a'), ([1], -1), ([1], -5), ([1], 1.5), ([1], -1, 2), ([1], 'a', 2),
            ([1], 1, 'a'), ([1], 1, -2), ([1], 1, 2, 0), ([1], 1, 2, -1), ([1], 1, 2, 'a'),
            ([1], 1, 2, 3, 4), ([1], 2 ** 70), ([1], 2 ** 70, None), (5, 2), (5, 'x')]:
    try:
        islice(*bad)
        print(bad, "ok")
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    islice([1], stop=3)
except TypeError as e:
    print(type(e).__name__, e)

a, b = tee(range(5))
print(type(a).__name__, type(a) is type(b), a is b)
print(next(a), next(a), next(b), list(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(zip(y, z)))
print(tee([1, 2], 0), len(tee([1, 2], 1)))
it = iter([10, 20, 30])
t1, t2 = tee(it)
print(next(t1), next(it), next(t2), list(t1), list(t2))  # the source is shared
t3, t4 = tee(t1)
print(list(t3), list(t4))
a, b = tee(iter("xyz"))
c = a.__copy__()
print(next(a), list(c), list(b))
a, b = tee(count())
print([next(a) for _ in range(3)], [next(b) for _ in range(2)], next(a))

# tee of a tee copies it
a, b = tee([1, 2, 3])
next(a)
c, d = tee(a)
print(type(c).__name__, list(c), list(d), list(a))

# lookahead with tee
def with_next(iterable):
    a, b = tee(iterable)
    next(b, None)
    for cur, nxt in zip(a, chain(b, [None])):
        yield cur, nxt
print(list(with_next("abc")))

class CopyIt:
    def __init__(self, data, pos=0):
        self.data, self.pos = data, pos
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.data):
            raise StopIteration
        self.pos += 1
        return self.data[self.pos - 1]
    def __copy__(self):
        return CopyIt(self.data, self.pos)
orig = CopyIt("pq")
p, q = tee(orig)
print(p is orig, type(q).__name__, list(p), list(q))

for bad in [lambda: tee(), lambda: tee(1), lambda: tee([1], -1), lambda: tee([1], 'a'),
            lambda: tee([1], 2, 3), lambda: tee([1], n=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# tee objects are of a type that cannot be subclassed; the public iterator types can be
import itertools
for base in (type(tee([])[0]), type(next(itertools.groupby("a"))[1]), islice, itertools.chain):
    try:
        class Sub(base):
            pass
        print("subclassed", base.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
