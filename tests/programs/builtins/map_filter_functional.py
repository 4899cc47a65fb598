# functional style: map/filter/lambda, a hand-written reduce, sorted with key
def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc

nums = list(range(1, 11))
print(list(map(lambda x: x ** 2, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, nums, 100))
print(reduce(max, [3, 9, 2, 7]), reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [5, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])))
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print(sorted(filter(lambda w: len(w) > 4, map(str.lower, words))))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "-")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello Big World  "))
m = map(int, "1 2 3".split())
print(next(m), list(m), list(m))
print(sum(map(int, str(2 ** 50))), "".join(map(chr, [72, 105])))
compose2 = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5), reduce(compose2, [inc, dbl, inc])(1))
flatten = lambda lst: reduce(lambda a, b: a + (flatten(b) if isinstance(b, list) else [b]), lst, [])
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
print(max(words, key=len), min(words, key=str.lower), sorted(words, key=lambda w: w[-1]))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
counts = reduce(lambda d, ch: {**d, ch: d.get(ch, 0) + 1}, "abracadabra", {})
print(counts)
