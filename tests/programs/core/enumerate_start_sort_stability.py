# enumerate with start, and sorted() stability on dict items
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime"]
print(list(enumerate(words, start=1))[:3], list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("xy", start=10 ** 20)))
print(list(enumerate(words, True))[:2])
e = enumerate(iter("abc"), 100)
print(next(e), list(e))
try:
    enumerate([], 1.5)
except TypeError as ex:
    print("TypeError", ex)
scores = {"bob": 3, "amy": 5, "cal": 3, "dan": 5, "eve": 1, "fay": 3}
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(scores, key=scores.get))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
by_len = sorted(sorted(words), key=len)
print(by_len)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
recs = list(enumerate(["x", "y", "x", "z", "y"]))
print(sorted(recs, key=lambda r: r[1]))
lst = [3, 1, 2]
lst.sort(key=lambda v: 0)
print(lst)
print(sorted([True, 0, 1, False, 0.0, -0.0]))
print(sorted([[2], [1, 5], [1], []]), sorted(["b", "B", "a", "A", "_", "1"]))
for i, (k, v) in enumerate(sorted(scores.items()), 1):
    if i > 2:
        break
    print(i, k, v)
