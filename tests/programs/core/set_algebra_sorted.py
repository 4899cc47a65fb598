# set algebra, printed via sorted() for determinism
python = {"ann", "ben", "cat", "dan", "eve"}
rust = {"cat", "dan", "fay", "gus"}
go = {"ann", "dan", "gus", "hal"}
print("both py&rust:", sorted(python & rust))
print("either:", sorted(python | rust | go))
print("py only:", sorted(python - rust - go))
print("exactly one of py/rust:", sorted(python ^ rust))
print("all three:", sorted(python & rust & go))
print(sorted(python.intersection(rust, go)), sorted(python.union(["zed"])))
print(len(python | rust), len(python & go))
print({"cat", "dan"} <= rust, {"cat"} < rust, rust >= {"fay"}, rust.isdisjoint({"x"}))
s = set()
for w in "the cat and the hat and the bat".split():
    s.add(w)
print(sorted(s), len(s))
s.discard("zzz")
s.remove("and")
print(sorted(s))
try:
    s.remove("zzz")
except KeyError as e:
    print("KeyError", e)
nums = set(range(1, 21))
evens = {n for n in nums if n % 2 == 0}
threes = {n for n in nums if n % 3 == 0}
print(sorted(evens & threes), sorted(threes - evens), sorted(nums - evens - threes))
a = {1, 2, 3}
a |= {4}
a &= {2, 3, 4, 5}
a -= {3}
a ^= {9, 2}
print(sorted(a))
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(len(groups), list(groups.values()))
dupes = [3, 1, 3, 2, 1, 5, 3]
seen, dup = set(), set()
for x in dupes:
    (dup if x in seen else seen).add(x)
print(sorted(seen), sorted(dup))
print(list(dict.fromkeys(dupes)))
print(sorted({c.lower() for c in "Mississippi"}))
print(set() == set([]), {1, 2} == {2, 1}, {1: 0}.keys() & {1, 2})
