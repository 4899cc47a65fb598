# list.sort and sorted
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted([3.5, -1, 2, 0.0, True]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
b = [[3, 1], [1, 2], [2, 0]]
b.sort(key=lambda x: x[1])
print(b)
print(a.sort() is None)
e = []
e.sort()
print(e, sorted([]))
print(sorted([-3, 2, -1, 4], key=abs))
