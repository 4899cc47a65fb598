# min/max with key, default, ties and errors
data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max(3, 1, 2), min("b", "a", "c"), max("abc"), min([[2], [1, 5]]))
print(max([1, 2, 3], key=lambda x: -x), max(1, 2, key=lambda x: 0), min(1, 2, key=lambda x: 0))
print(max([0.0, -0.0]), max([-0.0, 0.0]), min([0, False]), min([False, 0]))
print(max({"x": 1, "y": 2}), max({"x": 1, "y": 2}, key={"x": 1, "y": 2}.get))
print(max(range(10), key=lambda v: v % 4), min(iter([4, 2, 8])))
nan = float("nan")
print(max([nan, 1.0]), max([1.0, nan]), min([nan, 2, 1]))
for fn in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0),
           lambda: min([1, "a"]), lambda: max(), lambda: max([1], key=5), lambda: min([1, 2], bad=1)]:
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
calls = []
def key(x):
    calls.append(x)
    return x % 3
print(max([3, 4, 5, 6], key=key), calls)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
print(max(V(1), V(3), V(2)).v)
print(min(V(1), V(3), V(2)).v)
print(max([(1, "b"), (1, "a")]), min("hello", "help"), max(b"az"), max([True, 1]), max([1, True]))
