# min and max
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([1, 2], [1, 3]), max({3: "a", 9: "b"}), min({5, 2, 8}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([-3, 2, -1], key=abs))
print(max(1, 2.5), min(True, 0), max(-0.0, 0.0), min(0.0, -0.0))
print(max("a", "B"), max([(1, "b"), (1, "a")]), min(range(5, 10)))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
for args, kwargs in [((), {}), (([],), {}), ((5,), {}), ((1, "a"), {}), (([1], 2), {"default": 0})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(max(nan, 1), max(1, nan), min([2, nan, 1]))
print(max(x * x for x in range(-3, 3)))
