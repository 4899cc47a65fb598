from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), repeat=4))))
print(list(product()))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations([1, 2], 3)))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
coins = [1, 5, 10, 25]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 30]
print(ways)
for r in range(4):
    print(r, ["".join(p) for p in combinations("wxyz", r)])
try:
    list(permutations([1, 2], -1))
except ValueError as e:
    print("ValueError", e)
try:
    list(product([1], repeat=-1))
except ValueError as e:
    print("ValueError", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError", e)
