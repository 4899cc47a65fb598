# a list used as a dict key or set member
seen = set()
for point in [(0, 0), (1, 2)]:
    seen.add(point)
print(sorted(seen))
cache = {}
key = [1, 2]
cache[key] = "value"
