# groupby: runs of equal keys
from itertools import groupby
from operator import itemgetter

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(groupby([])))

# run-length encoding and decoding
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))

# group sorted records by a field
people = [("eng", "ann"), ("ops", "bob"), ("eng", "cid"), ("hr", "dee"), ("ops", "eve")]
for dept, members in groupby(sorted(people), key=itemgetter(0)):
    print(dept, [name for _, name in members])

# key function: parity runs, word lengths
print([(k, list(g)) for k, g in groupby([2, 4, 1, 3, 5, 6, 8, 7], key=lambda n: n % 2 == 0)])
words = ["a", "to", "at", "be", "cat", "dog", "x"]
print({k: list(g) for k, g in groupby(words, len)})
print([(k, list(g)) for k, g in groupby(iterable="aab", key=str.upper)])

# a group is only valid until the groupby advances
g = groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
k3, g3 = next(g)
print(k3, next(g3), list(g3))
try:
    next(g)
except StopIteration:
    print("StopIteration")

# partially consumed group: the rest is skipped
g = groupby([1, 1, 1, 2, 2, 3])
k, grp = next(g)
print(k, next(grp))
k, grp = next(g)
print(k, list(grp))

# a group may be kept in a list and consumed later: it is empty by then
groups = [(k, g) for k, g in groupby("xxyyz")]
print([(k, list(g)) for k, g in groups])

# laziness
def noisy(xs):
    for x in xs:
        print("  read", x)
        yield x
g = groupby(noisy([1, 1, 2]))
k, grp = next(g)
print("first key", k)
print(list(grp))
print(next(g)[0])

# NaN keys: the same object counts as equal
nan = float("nan")
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0])])
print(type(next(groupby("a"))[1]).__name__, type(groupby("a")).__name__)

class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v // 10 == other.v // 10
    def __repr__(self): return f"Key({self.v})"
print([(k, len(list(g))) for k, g in groupby([Key(1), Key(5), Key(12), Key(31)])])

for bad in [lambda: groupby(), lambda: groupby(1), lambda: groupby([1], None, 2),
            lambda: groupby([1], key=None, x=1), lambda: groupby([1], foo=1),
            lambda: list(groupby([1, 2], key=len))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
