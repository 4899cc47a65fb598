# total_ordering: every root operation, NotImplemented passed through, the no-root error,
# subclass overriding, sorting with derived methods
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))


a, b, c = Version('1.2'), Version('1.10'), Version('1.2')
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, a > c, a == c)
print(sorted([Version('2.0'), Version('1.0.5'), Version('1.0')]))
print(max(Version('0.9'), Version('0.10')))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version.__gt__.__doc__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= 'x'
except TypeError as e:
    print("TypeError", e)
print(a.__ge__(5) is NotImplemented, a == 5)


def make(root):
    ns = {}
    code = f"""
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def {root}(self, other):
        return self.v {dict(__lt__='<', __le__='<=', __gt__='>', __ge__='>=')[root]} other.v
"""
    exec(code, ns)
    return functools.total_ordering(ns['K'])


for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    K = make(root)
    results = []
    for x in range(3):
        for y in range(3):
            p, q = K(x), K(y)
            results.append((p < q, p <= q, p > q, p >= q) == (x < y, x <= y, x > y, x >= y))
    print(root, all(results), sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n != root and getattr(K, n).__name__ == n))

try:
    @functools.total_ordering
    class NoOrder:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError", e)


@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return self.v <= other.v


# __le__ is the root (preferred over __gt__): only __lt__ and __ge__ are added
print(Both(1) < Both(2), Both(2) >= Both(2), Both.__lt__.__name__, Both.__ge__.__name__)
print(Both.__gt__.__name__)


@functools.total_ordering
class Card:
    RANKS = '23456789TJQKA'

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

    def __repr__(self):
        return self.rank


class JokerCard(Card):
    def __lt__(self, other):
        return False


hand = [Card('K'), Card('3'), Card('A'), Card('T')]
print(sorted(hand), sorted(hand, reverse=True))
print(JokerCard('2') > Card('A'), JokerCard('2') >= Card('A'))
