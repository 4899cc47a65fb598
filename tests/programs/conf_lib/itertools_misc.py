from itertools import pairwise, zip_longest, tee, starmap, takewhile, dropwhile, filterfalse, islice

print(list(pairwise("abcde")))
print(list(pairwise([1])))
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(zip_longest()))
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee("xyz", 3)
print(list(x), list(y), list(z))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda v: v < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda v: v < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda v: v % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, []])))
def window(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
print(list(window(range(6), 3)))
def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = tuple(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(batched("abcdefg", 3)))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError", e)
