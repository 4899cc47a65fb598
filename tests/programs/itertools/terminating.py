# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, zip_longest, count, islice)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=None)))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate(iterable=[1, 2], func=operator.sub)))
# amortization table: balance after each payment
balance = list(accumulate([1000, -90, -90, -90], lambda bal, pmt: round(bal * 1.05 + pmt, 2)))
print(balance)
print(list(islice(accumulate(count(1)), 6)))

print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()), list(chain.from_iterable(["ab", "cd", []])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
print(type(chain.from_iterable([])).__name__, isinstance(chain.from_iterable([]), chain))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print(type(e).__name__, e)
print(list(ch))
print(chain[int], chain[str, int].__origin__ is chain)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [0, 1])), list(compress("AB", count())))
print(list(compress(data=range(10), selectors=[x % 3 == 0 for x in range(10)])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(str.isspace, "   hi there ")))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(tw), list(tw))
src = iter(range(10))
print(list(takewhile(lambda x: x < 4, src)), next(src))  # the failing element is consumed

print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 3, 0.0])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], "zab"])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(starmap(divmod, zip(range(10, 15), [3] * 5))))

print(list(pairwise("ABCDEFG")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3, 4], [True])), list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest("ab", fillvalue=0)))

# laziness: each tool pulls only what it needs
def noisy(items):
    for x in items:
        print("  pull", x)
        yield x
print("accumulate"); a = accumulate(noisy([1, 2, 3])); print(next(a)); print(next(a))
print("chain"); c = chain(noisy("ab"), noisy("cd")); print(next(c), next(c), next(c))
print("dropwhile"); d = dropwhile(lambda x: x < 2, noisy([1, 2, 3, 1])); print(next(d))
print("filterfalse"); f = filterfalse(None, noisy([1, 0, 2, 0])); print(next(f))
print("pairwise"); p = pairwise(noisy([1, 2, 3])); print(next(p))
print("zip_longest"); z = zip_longest(noisy("ab"), noisy("c")); print(next(z)); print(next(z))
print(list(islice(zip_longest(count(), "ab"), 4)))

for bad in [lambda: accumulate(), lambda: accumulate(5), lambda: accumulate([1], None, None),
            lambda: accumulate([1], initial=5, x=3), lambda: list(accumulate([1, 'a'])),
            lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(3),
            lambda: list(chain.from_iterable([1])), lambda: compress([1]), lambda: compress(1, [1]),
            lambda: dropwhile(None), lambda: dropwhile(None, [1], x=1), lambda: list(dropwhile(None, [1])),
            lambda: takewhile(len), lambda: filterfalse(None), lambda: filterfalse(None, 1),
            lambda: starmap(pow), lambda: list(starmap(pow, [1])), lambda: pairwise(),
            lambda: pairwise(1), lambda: zip_longest([1], 2), lambda: zip_longest([1], fill=2),
            lambda: zip_longest([1], fillvalue=2, x=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
