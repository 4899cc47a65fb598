print(list(zip([1, 2, 3], "ab")), list(enumerate("xy", 1)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(any([]), all([]), sum([], 10), min([], default="empty"))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
r = range(10, 0, -3)
print(list(r), r[1], len(r), 4 in r, 7 in r, r.index(4), r[-1], list(r[::2]))
print(list(reversed("abc")), sorted("bca", reverse=True))
def gen():
    yield from range(3)
g = gen()
print(iter(g) is g, list(zip(g, g)))
import itertools
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2)))
print([(k, list(v)) for k, v in itertools.groupby("aabbbc")])
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations("abc", 2)))
print(list(itertools.zip_longest([1], [2, 3], fillvalue=0)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
s = iter("hello")
print(dict.fromkeys(s, 0))
print(list(iter(lambda: 1, 1)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), *Countdown(2))
