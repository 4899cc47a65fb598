# round() uses banker's rounding and exact binary values
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x), type(round(x)).__name__)
for x in [2.675, 2.665, 1.005, 0.125, 0.375, -0.125]:
    print(x, round(x, 2))
for n in [5, 15, 25, 35, -25, 1250, 1350]:
    print(n, round(n, -1), round(n, -2))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3))
print(round(0.0), round(-0.0, 1), round(-0.4), round(1e300, 2))
print(round(7), round(7, 0), round(7, 2), round(7.0, 0))
print(round(True), type(round(True)).__name__)
print(round(1234567.891, 1), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
for bad in [float("inf"), float("nan")]:
    try:
        print(round(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
