# round() with and without ndigits on many values
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5678, -1234.5678, 1e-10, 123456789.987654321]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
for n in [0, 5, 15, 25, 35, 45, 55, 1234, -1234, 150, 250, -250, 10 ** 20 + 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
print(round(5e-324, 400), round(1e300, -301), round(1e300, -300), round(-0.0, 1), round(0.0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(float("inf"), 2), round(float("nan"), 2), round(-float("inf"), -2))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
print(round(True), round(False, 3), type(round(True)).__name__)
print([round(x / 8, 2) for x in range(-4, 5)])
print([round(x * 0.1, 1) for x in range(12)])
