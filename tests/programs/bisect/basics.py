# bisect: searching and inserting in sorted lists
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 4, 4, 4, 8, 9]
for x in (0, 1, 3, 4, 5, 9, 10):
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left([], 3), bisect_right([], 3))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, 0, 4), bisect_right(a, 4, lo=1, hi=3))
print(bisect_left(a, 4, hi=None), bisect_right(a, 100, 2, -1))
print(bisect.bisect is bisect_right, bisect.insort is insort_right)

# grades by score cut-offs
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# keep a list sorted while adding to it
scores = []
for s in [50, 20, 80, 20, 60, 100, 0]:
    bisect.insort(scores, s)
print(scores)
names = ["bob", "dee"]
insort_left(names, "cid")
insort_right(names, "ann")
insort_left(names, "eve", 0)  # lo bounds the search: the result is no longer sorted
print(names)

# insort_left vs insort_right with equal elements (visible through identity)
x1, x2 = 1.0, 1
lst = [1.0, 2]
insort_left(lst, x2)
print([type(v).__name__ for v in lst])
lst = [1.0, 2]
insort_right(lst, x2)
print([type(v).__name__ for v in lst])

# searching a sorted list: index of first element >= x, membership, counting a range
def index_of(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
data = [2, 3, 5, 7, 11, 13, 17, 19, 23]
print(index_of(data, 11), bisect_right(data, 15) - bisect_left(data, 5))
try:
    index_of(data, 12)
except ValueError as e:
    print(e)

# works on any sequence supporting __getitem__ and __len__
print(bisect_left("acegik", "f"), bisect_right((1, 3, 5), 3), bisect_left(range(0, 100, 5), 42))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        print("  look", i)
        return i * i
print(bisect_left(Seq(10), 50))

# numeric search: integer square root by bisecting a range
def isqrt(n):
    return bisect_right(range(n + 1), n, key=lambda v: v * v) - 1
print([isqrt(n) for n in (0, 1, 15, 16, 17, 1000)])

class Idx:
    def __index__(self): return 2
print(bisect_left(a, 4, Idx()), bisect_right(a, 4, 0, Idx()), bisect_left(a, 4, True))

for bad in [lambda: bisect_left(a, 1, -1), lambda: bisect_right(a, 1, lo=-3), lambda: insort_left(a, 1, -1),
            lambda: bisect_left(a, 1, "a"), lambda: bisect_left(a, 1, None), lambda: bisect_left(a, 1, 0, 2.5),
            lambda: bisect_left(a, "x"), lambda: bisect_right(5, 1), lambda: insort_right((1, 2), 3),
            lambda: bisect_left([1, 2], 1, 0, 10)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
