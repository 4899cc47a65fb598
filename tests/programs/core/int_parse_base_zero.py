# int() with base 0 and prefixed literals; error messages
for s in ["0x1f", "0X1F", "0o17", "0b101", "  42  ", "-0x10", "+0b1", "1_000", "0x_ff", "0", "00", "0_0"]:
    print(repr(s), int(s, 0))
for s, b in [("1f", 16), ("0x1f", 16), ("z", 36), ("Z", 36), ("101", 2), ("0b101", 2), ("0o7", 8), ("  -ff ", 16)]:
    print(repr(s), b, int(s, b))
for s, b in [("012", 0), ("0x", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("0b2", 0), ("8", 8), ("", 10), ("0x1f", 10), ("1.0", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
print(int("\u0661\u0662"), int("\uff11\uff12"), int(b"12"), int(bytearray(b"-7")))
print(int(3.99), int(-3.99), int(True), int("  +5\n"))
print(0x_1f, 0o_17, 0b_1_0, 1_0.5, 1e1_0)
print(float("1_000.5"), float(" -inf "), float("NaN"), float("1e-3"))
try:
    float("1__0")
except ValueError as e:
    print("ValueError", e)
