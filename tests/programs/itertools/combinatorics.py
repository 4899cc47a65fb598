# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm

print(list(product("AB", "xy")))
print(["".join(p) for p in product("01", repeat=3)])
print(list(product([1, 2], "a", repeat=2)))
print(list(product()), list(product(repeat=3)), list(product([1, 2], repeat=0)), list(product([], [1])))
print(sum(1 for _ in product(range(4), range(5), range(3))))
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
# product reads every input first, so iterators work and are consumed up front
it = iter("ab")
p = product(it, [1])
print(list(it), list(p))

print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(permutations([1, 1, 2])))
print(list(permutations(range(3), None)), list(permutations(iterable="xy", r=1)))
for n in range(5):
    for r in range(n + 2):
        got = list(permutations(range(n), r))
        assert len(got) == perm(n, r), (n, r)
        assert got == sorted(got), (n, r)
print("permutation counts ok", len(list(permutations(range(6)))), factorial(6))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations([3, 1, 2], 2)))  # positions, not values, decide the order
for n in range(6):
    for r in range(n + 2):
        got = list(combinations(range(n), r))
        assert len(got) == comb(n, r) and got == sorted(got), (n, r)
print("combination counts ok")

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)),
      list(combinations_with_replacement("a", 3)))
for n in range(5):
    for r in range(5):
        got = list(combinations_with_replacement(range(n), r))
        assert len(got) == (comb(n + r - 1, r) if n else int(r == 0)), (n, r)
print("cwr counts ok")

# typical uses: subsets summing to a target, pairs of players, coin change
nums = [3, 9, 8, 4, 5, 7, 10]
print([c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == 15])
print([f"{a} vs {b}" for a, b in combinations(["ann", "bob", "cid"], 2)])
print(sorted({sum(c) for c in combinations_with_replacement([1, 5, 10], 3)}))
# every ordering of three words
print([" ".join(w) for w in permutations(["red", "green", "blue"])])
# a tiny travelling salesman by brute force
dist = {("a", "b"): 2, ("a", "c"): 9, ("a", "d"): 10, ("b", "c"): 6, ("b", "d"): 4, ("c", "d"): 8}
def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]
best = min(permutations("bcd"), key=lambda p: sum(d(x, y) for x, y in zip(("a",) + p, p + ("a",))))
print(best)

# laziness: results come one at a time
c = combinations(range(100), 50)
print(next(c)[:3], next(c)[-3:])
pm = permutations(range(20))
print(next(pm)[-3:], next(pm)[-3:], next(pm)[-3:])
print(type(c).__name__, type(pm).__name__, type(product()).__name__)

for bad in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], repeat='a'),
            lambda: product([1], x=1), lambda: product([1], repeat=2, x=1),
            lambda: permutations(), lambda: permutations(1), lambda: permutations([1], -1),
            lambda: permutations([1], 'a'), lambda: permutations([1], 1.0), lambda: permutations([1], 2, 3),
            lambda: combinations([1]), lambda: combinations([1], -1), lambda: combinations([1], None),
            lambda: combinations(1, 1), lambda: combinations(1, 2, 3), lambda: combinations(r=2),
            lambda: combinations_with_replacement([1]), lambda: combinations_with_replacement([1], -2),
            lambda: combinations_with_replacement("ab", r=1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
