# permutations, combinations and subsets via recursion
def perms(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combos(rest, k - 1)] + combos(rest, k)

def subsets(items):
    if not items:
        return [[]]
    tail = subsets(items[1:])
    return tail + [[items[0]] + s for s in tail]

def perm_gen(s, prefix=""):
    if not s:
        yield prefix
    for i in range(len(s)):
        yield from perm_gen(s[:i] + s[i + 1:], prefix + s[i])

print(perms([1, 2, 3]))
print(len(perms(list(range(6)))))
print(["".join(p) for p in perms(list("abc"))])
print(combos([1, 2, 3, 4], 2))
print(len(combos(list(range(10)), 3)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(sorted(set(perm_gen("aab"))))
print(list(perm_gen("xyz")))
total = 0
for s in subsets([3, 34, 4, 12, 5, 2]):
    if sum(s) == 9:
        print("sum 9:", s)
        total += 1
print("count", total)
