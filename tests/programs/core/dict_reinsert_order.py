# dict insertion order after deletion, re-insertion and updates
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
print(d, list(d))
d["b"] = 20
print(d)
d.pop("c")
d["c"] = 5
d.update({"b": 0, "z": 9})
print(d)
d2 = dict.fromkeys("cab", 0)
print(d2)
d2.setdefault("a", 99)
d2.setdefault("q", 7)
print(d2)
print(d2.popitem(), d2)
d3 = {1: "x", 1.0: "y", True: "z"}
print(d3)
d4 = {}
d4[0] = "a"
d4[False] = "b"
d4[0.0] = "c"
print(d4)
d5 = {"k": 1}
for i in range(5):
    d5["t%d" % i] = i
for i in range(0, 5, 2):
    del d5["t%d" % i]
d5["t0"] = "again"
print(d5)
print(list(reversed(d5)), list(reversed(d5.items()))[:2])
d6 = {"x": 1, "y": 2}
d7 = {"y": 2, "x": 1}
print(d6 == d7, list(d6) == list(d7), d6 | {"x": 0, "w": 3}, {"w": 3} | d6)
d6 |= [("n", 1)]
print(d6)
try:
    for k in d6:
        d6["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d6:
        del d6[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d6)
