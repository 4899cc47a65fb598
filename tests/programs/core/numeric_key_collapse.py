# 1, 1.0 and True collapse to one dict key / set member; first key is kept
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
d3 = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(d3)
s = {1, 1.0, True, 2, 2.0, 0, False, 0.0}
print(sorted(s), len(s))
s2 = {1.0, 1}
print(s2, {True, 1}, {0.0, 0, False})
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.5), hash(1.5))
print(hash(2 ** 62) == hash(2.0 ** 62), hash(10 ** 20) == hash(1e20), 10 ** 20 == 1e20)
print({10 ** 20: "i", 1e20: "f"})
print({1 + 0j: "c", 1: "i"}, hash(1 + 0j) == hash(1))
counts = {}
for k in [1, 1.0, True, 2, 2.0, "1", "2"]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(list({x: None for x in [3.0, 3, 4, 4.0]}))
print(dict.fromkeys([False, 0, 0.0, "", None, ()]))
print(1 in {1.0}, 1.0 in {True}, True in {1: 0}, 2.5 in {2, 3})
print([1, 2].index(1.0), (0.0, 1).count(0), [True, 1, 1.0].count(1))
