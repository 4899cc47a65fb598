from itertools import accumulate, count, cycle, repeat, islice, chain, compress
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)))
print(list(map(pow, range(4), repeat(2))))
print(list(chain([1, 2], "ab", (3,))))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(islice(range(20), 2, 12, 3)))
print(list(islice("abcdef", None)))
print(list(islice("abcdef", 4)))
print(repr(count(3)), repr(count(2, 5)), repr(repeat(1, 2)))
try:
    list(islice([1, 2], -1))
except ValueError as e:
    print("ValueError", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError", e)
c = count()
print(next(c), next(c), c)
