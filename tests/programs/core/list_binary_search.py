# iterative and recursive binary search, plus bisect-style insertion points
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_rec(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch_rec(a, x, mid + 1, hi)
    return bsearch_rec(a, x, lo, mid)

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = sorted([37, 4, 19, 88, 2, 61, 19, 73, 50, 11, 96, 29])
print(data)
for x in (2, 19, 50, 96, 1, 55, 100):
    print(x, bsearch(data, x), bsearch_rec(data, x), bisect_left(data, x))
big = list(range(0, 2000, 3))
print(bsearch(big, 999), bsearch(big, 1000), bsearch(big, 1998))
ins = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    ins.insert(bisect_left(ins, v), v)
    print(v, ins)
words = sorted("kiwi apple mango banana cherry fig".split())
print(words, bsearch(words, "fig"), bisect_left(words, "grape"))
