# arithmetic error messages
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0),
    lambda: 10 ** 400 * 1.0, lambda: 2.0 ** 2000, lambda: float(10 ** 400),
    lambda: int("9" * 5000), lambda: (10 ** 400) / 1, lambda: 1 / (10 ** -400),
    lambda: pow(0, -1), lambda: 1 << (2 ** 70),
]
for t in tests:
    try:
        print(t())
    except (ArithmeticError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)
print(pow(3, -1, 7), pow(2, 10, 1000), 1 / (10 ** 400) if False else "skip")
