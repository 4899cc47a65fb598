import itertools as it

# SEND + MORE = MONEY, restricted search to keep it fast
letters = "SENDMORY"
count = 0
for perm in it.permutations(range(10), 4):
    count += 1
print("perms of 4:", count)
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement("AB", 3)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for k, grp in it.groupby(data, key=lambda w: w[0]):
    print(k, list(grp))
print(list(it.islice(it.count(10, 3), 5)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.repeat("z", 3)), list(it.chain([1], (2, 3), "45")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.pairwise([1, 2, 4, 7])), [list(t) for t in it.tee([1, 2], 2)])
# coin change: ways to make 30 with coins
coins = [1, 5, 10, 25]
ways = sum(1 for combo in it.product(range(31), range(7), range(4), range(2))
           if combo[0] + 5 * combo[1] + 10 * combo[2] + 25 * combo[3] == 30)
print("ways:", ways)
# magic square 3x3 via permutations
squares = []
for p in it.permutations(range(1, 10)):
    if p[4] != 5:
        continue
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in zip(*rows)) \
            and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        squares.append(p)
print(len(squares), squares[0])
# pythagorean triples
triples = [(a, b, c) for a, b, c in it.combinations(range(1, 30), 3) if a * a + b * b == c * c]
print(triples)
