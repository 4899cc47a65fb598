from collections import defaultdict

pairs = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "pear"), ("nut", "almond"), ("veg", "leek")]
groups = defaultdict(list)
for k, v in pairs:
    groups[k].append(v)
print(groups)
print(dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["zz"], len(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(None)
try:
    d["x"]
except KeyError as e:
    print("KeyError", e)
print(d.default_factory)
s = defaultdict(set)
s[1].add(2)
s[1].add(2)
print(s)
print(repr(defaultdict(int)))
print(groups.get("missing"), "missing" in groups)
c = groups.copy()
print(type(c).__name__, c == groups)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
m = defaultdict(list, {"x": [1]})
print(m | {"y": [2]})
