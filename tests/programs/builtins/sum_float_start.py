# sum() with floats, start values and types
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]))
print(sum([1, 2, 3], 10), sum([], 5), sum((), 0.0), sum([1.5, 2], 1))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(101)))
print(sum([True, True, 1]), sum([1, 2.0]), type(sum([1, 2.0])).__name__, type(sum([])).__name__)
print(sum([1j, 2]), sum([0.5, 0.25], start=0.25), sum(x * x for x in range(4)))
print(sum([2**64, 2**64, -1]), sum([1e308, 1e308]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"x")], bytearray())]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [(["a"],), ([1, "a"],), ([None],), (5,)]:
    try:
        print(sum(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add", self.v, o)
        return Acc(self.v + o)
    def __radd__(self, o):
        print("radd", o, self.v)
        return Acc(o + self.v)
print(sum([1, 2], Acc(10)).v)
print(sum([Acc(1), 5]).v)
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(sum(map(float, "1 2 3".split())), sum(d for d in {1: 0, 2: 0}), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
