items = [{"n": 1}, {"n": 2}, {}]
key = lambda d: d["n"]
print(sorted(items[:2], key=key))
total = sum(key(d) for d in items)
print(total)
