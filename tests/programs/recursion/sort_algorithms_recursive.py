# recursive sorting: merge sort, quicksort, with comparison counters
comparisons = 0
def merge_sort(a):
    global comparisons
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        comparisons += 1
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quicksort([x for x in a if x > pivot]))

def qs_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < p:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        qs_inplace(a, lo, i - 1)
        qs_inplace(a, i + 1, hi)

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 1000
data = [rand() for _ in range(40)]
print(data)
ms = merge_sort(data)
print(ms)
print("comparisons", comparisons)
print(quicksort(data) == ms == sorted(data))
c = list(data)
qs_inplace(c)
print(c == ms)
print(merge_sort(list("mergesort")), quicksort([3.5, -1, 2, 2, 0.0]))
print(merge_sort([]), quicksort([1]), merge_sort([(2, "b"), (1, "z"), (2, "a")]))

def inversions(a):
    if len(a) < 2:
        return a, 0
    m = len(a) // 2
    l, x = inversions(a[:m])
    r, y = inversions(a[m:])
    out, i, j, inv = [], 0, 0, x + y
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
            inv += len(l) - i
    return out + l[i:] + r[j:], inv
print(inversions([2, 4, 1, 3, 5])[1], inversions(list(range(10, 0, -1)))[1], inversions(data)[1])
