# assorted builtins on dicts and mappings
d = {"b": 2, "a": 1, "c": 3}
print(len(d), sorted(d), sorted(d.values()), min(d), max(d, key=d.get), sum(d.values()))
print(list(enumerate(d)), list(zip(d, d.values())), any(d), all(d))
print(dict(sorted(d.items())), list(reversed(d)), list(map(d.get, ["a", "z"])))
print({k: d[k] for k in sorted(d, key=d.get, reverse=True)})
print(isinstance(d, dict), type(d).__name__, d == dict(d), d is dict(d))
print(repr({}), str({1: {2: {}}}), {"quote": "it's"})
inv = {v: k for k, v in d.items()}
print(inv, len(inv))
counts = {}
for word in "the cat the dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "missing"))
