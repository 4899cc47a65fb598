# uncaught KeyError
d = {"a": 1, "b": 2}
print(d["a"], d.get("missing"), d.get("missing", 0))
counts = {}
for ch in "abca":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d["z"]
except KeyError as e:
    print("caught", e)
print(d["missing"])
