from itertools import groupby

data = "aaabbbccaad"
for k, g in groupby(data):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted(data))])
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25), ("Eve", 41)]
people.sort(key=lambda p: p[1])
for age, grp in groupby(people, key=lambda p: p[1]):
    print(age, [n for n, _ in grp])
it = groupby([1, 1, 2, 3, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWBBBWWCCCCCD"))
nums = [1, 2, 4, 5, 6, 9, 10, 12]
runs = []
for _, g in groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
    g = [v for _, v in g]
    runs.append((g[0], g[-1]))
print(runs)
print([k for k, _ in groupby([True, True, False, True], key=bool)])
