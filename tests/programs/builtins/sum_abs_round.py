# sum, abs, round
print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1, 2.0]), sum([True, True]), sum(((1, 2), (3,)), ()))
print(sum([10 ** 20, 1]), sum([-1, -2], start=3))
try:
    sum(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(float("-inf")))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2))
print(round(3.14159, 2), round(3.14159, 0), round(31415.9, -2), round(-1.05, 1))
print(round(7), round(7, 2), round(123, -1), round(125, -1), round(135, -1), round(-125, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 1)).__name__)
print(round(1e20), round(0.1 + 0.2, 15), round(1.23456789e-5, 7))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(-0.4), round(0.4999999999999999))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
