import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 0), bisect.bisect_left(a, 100))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 8)
print(a)
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, "d"), key=lambda r: r[0])
print(recs)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 7))
try:
    index(a, 6)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError", e)
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect.bisect(words, "grape"))
