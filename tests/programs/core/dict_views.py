# dict views and iteration order
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["four"] = 4
print(list(k), list(v), len(it))
print("one" in k, 3 in v, ("two", 2) in it, ("two", 3) in it)
print(k & {"one", "zzz"}, sorted(k | {"five"}), sorted(k - {"one"}))
del d["one"]
d["one"] = 11
print(list(d))
for key, value in d.items():
    print(key, value)
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: kv[1]))
m = {i: i * i for i in range(5)}
print(m, sum(m.values()), max(m, key=m.get))
print(k == {"two", "three", "four", "one", "new"}, list(d.keys())[0])
print(list(zip(d.keys(), d.values()))[:2])
print(dict(sorted({"b": 1, "a": 2}.items())))
