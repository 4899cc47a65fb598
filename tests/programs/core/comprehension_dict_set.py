# dict and set comprehensions
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print({x for x in [3, 1, 3, 2, 1]})
print({w: len(w) for w in ["apple", "fig", "kiwi"] if len(w) > 3})
d = {i: [j for j in range(i)] for i in range(4)}
print(d)
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: 0 for k in "aab"})
print(sorted({c for c in "mississippi"}))
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in counts.items() if v > 1})
