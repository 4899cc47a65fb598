# memoization with an explicit dict: fibonacci, edit distance, LCS, staircase
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)], fib(200))
print(len(memo))

def edit_distance(a, b, cache=None):
    if cache is None:
        cache = {}
    key = (len(a), len(b))
    if key in cache:
        return cache[key]
    if not a:
        r = len(b)
    elif not b:
        r = len(a)
    elif a[-1] == b[-1]:
        r = edit_distance(a[:-1], b[:-1], cache)
    else:
        r = 1 + min(edit_distance(a[:-1], b, cache), edit_distance(a, b[:-1], cache),
                    edit_distance(a[:-1], b[:-1], cache))
    cache[key] = r
    return r
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))

def lcs(a, b):
    cache = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if (i, j) not in cache:
            if a[i] == b[j]:
                cache[i, j] = a[i] + go(i + 1, j + 1)
            else:
                x, y = go(i + 1, j), go(i, j + 1)
                cache[i, j] = x if len(x) >= len(y) else y
        return cache[i, j]
    return go(0, 0)
print(lcs("ABCBDAB", "BDCABA"), lcs("AGGTAB", "GXTXAYB"), repr(lcs("abc", "xyz")))

def stairs(n, steps=(1, 2, 3), memo={}):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if (n, steps) not in memo:
        memo[n, steps] = sum(stairs(n - s, steps) for s in steps)
    return memo[n, steps]
print([stairs(n) for n in range(10)], stairs(50), stairs(10, (2, 5)))

def knapsack(items, cap):
    best = {}
    def go(i, c):
        if i == len(items):
            return 0
        if (i, c) not in best:
            w, v = items[i]
            skip = go(i + 1, c)
            take = v + go(i + 1, c - w) if w <= c else 0
            best[i, c] = max(skip, take)
        return best[i, c]
    return go(0, cap)
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))
