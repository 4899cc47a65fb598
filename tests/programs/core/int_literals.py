# numeric literal forms
print(1_000_000, 0x_FF, 0o_17, 0b_1010)
print(0xdead_beef, 0XABC, 0O777, 0B11)
print(1_0.5_0, 1e1_0, 1_2e-3)
print(0, 00, 0_0)
print(123456789_123456789_123456789)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(0o1234567012345670123456)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(1., .5, 1e3, 1E-3, 2.5e+2)
print(0x10 + 0o10 + 0b10 + 10)
print(type(1_0).__name__, type(1e1).__name__, type(0x1).__name__)
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("0o17", 0))
print(float("1_0.5"), float("  2.5  "), float("1e-2"))
for s in ["1__0", "_1", "1_", "0x", "12a"]:
    try:
        int(s, 0)
        print("ok", s)
    except ValueError as e:
        print(type(e).__name__, e)
print(-0x10, +0o10, -0b10)
print(10 ** 3 == 1e3, 1_000 == 1000)
