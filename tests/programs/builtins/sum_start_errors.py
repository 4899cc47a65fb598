# sum() with various start values and its error messages
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([], start=10), sum(range(5), -10))
print(sum([0.1] * 10), sum([1, 2.5]), sum([1e100, 1.0, -1e100]), sum([True, True, 3]))
print(sum([1j, 2]), sum((x * 0.5 for x in range(4)), 0.25), type(sum([])).__name__)
for args in [(["a", "b"], ""), (["a", "b"],), ([b"a"], b""), ([bytearray(b"a")], bytearray(b""))]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: sum([[1]]), lambda: sum([1, "x"]), lambda: sum(5), lambda: sum([1], 2, 3),
             lambda: sum([None]), lambda: sum([[1], 2], [])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        print("  radd", o)
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
print(sum([2 ** 64, 2 ** 64, -1]), sum([10 ** 30, 0.5]))
print(sum(x for x in [1, 2, 3] if x > 1), sum({1: "a", 2: "b"}), sum({3, 4}))
