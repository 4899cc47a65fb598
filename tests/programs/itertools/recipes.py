# the usual itertools recipes, written out and exercised
import itertools as it
import operator
from collections import deque

def take(n, iterable):
    return list(it.islice(iterable, n))

def tabulate(function, start=0):
    return map(function, it.count(start))

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch

def roundrobin(*iterables):
    active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            active -= 1
            nexts = it.cycle(it.islice(nexts, active))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))

def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded = it.chain(it.repeat(0, n - 1), signal, it.repeat(0, n - 1))
    for window in sliding_window(padded, n):
        yield dotproduct(kernel, window)

def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

def repeatfunc(func, times, *args):
    return it.starmap(func, it.repeat(args, times))

def iter_index(iterable, value):
    return (i for i, x in enumerate(iterable) if x == value)

def running_mean(xs):
    return [total / n for n, total in enumerate(it.accumulate(xs), 1)]

print(take(5, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth("ab", 5, "none"))
print(quantify([1, 0, 3, 0, 5]), quantify("Hello World", str.isupper))
print(list(flatten([[1, 2], [3], [], [4, 5]])))
print(list(sliding_window("ABCDEFG", 4)))
print(["".join(w) for w in sliding_window("abcde", 2)])
print(list(grouper("ABCDEFG", 3, "x")))
print(list(batched(range(7), 3)))
print("".join(roundrobin("ABC", "D", "EF")))
evens_odds = partition(lambda x: x % 2, range(10))
print([list(p) for p in evens_odds])
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(all_equal("aaa"), all_equal("aab"), all_equal(""))
print(first_true([0, None, 7, 8]), first_true([], "nothing"), first_true([1, 2, 3], pred=lambda x: x > 1))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(convolve([1, 2, 3], [1, 1])))
print(list(ncycles("ab", 3)), list(repeatfunc(operator.add, 3, 2, 5)))
print(list(iter_index("AABCADEAF", "A")))
print(running_mean([2, 4, 6, 8]))

# matrix transpose and flattening with chain / zip
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), list(it.chain(*matrix)))
# prefix sums and running maximum
print(list(it.accumulate([5, 1, 7, 3, 9, 2], max)), list(it.accumulate(range(1, 6), operator.mul)))
# numbering lines from 1 with count
for n, line in zip(it.count(1), ["alpha", "beta"]):
    print(f"{n:>3}: {line}")
# infinite generator of primes, filtered lazily
def primes():
    found = []
    for n in it.count(2):
        if all(n % p for p in it.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(take(12, primes()))
print(list(it.takewhile(lambda p: p < 40, primes())))
