# min/max with key and default, on empty and odd inputs
print(min([], default="none"), max((), default=None), max([], key=len, default=-1))
print(min([3, 1, 2], default=99), max("hello"), min("hello", key=ord))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([0, False, 0.0]), max([True, 1]))
print(max(1, 2, key=lambda v: -v), min(1, 2, 3, key=lambda v: v % 2))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max((x for x in range(5)), key=lambda x: (x % 3, x)))
print(max([[1, 2], [1, 3], [0, 9]]), min([(1, "b"), (1, "a")]))
for call in [lambda: min([]), lambda: max(()), lambda: min(x for x in []), lambda: max(5),
             lambda: max(1, 2, default=3), lambda: min(), lambda: max([1, "a"]),
             lambda: min([1, 2], key=None, bad=1), lambda: max([[], 1])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(min([1, 2], key=None), max("b", "a", key=None))
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan]))
calls = []
def k(v):
    calls.append(v)
    return -v
print(min([5, 1, 3], key=k), calls)
print(max([], default=[]) is not None, min(range(0), default="empty range"))
