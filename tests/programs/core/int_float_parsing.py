# int() and float() parsing rules
cases = ["  42  ", "\t-7\n", "+3", "1_000", "1__0", "_1", "1_", "0x1f", "  0b101", "007",
         "0", "-0", "1.0", "", " ", "١٢٣", "12e3", "1 2"]
for s in cases:
    try:
        print(repr(s), "int ->", int(s))
    except ValueError as e:
        print(repr(s), "int ->", type(e).__name__, e)
for s, base in [("0x1f", 16), ("1f", 16), ("0x1f", 0), ("0o17", 0), ("017", 0), ("0", 0),
                ("00", 0), ("z", 36), ("Z", 36), ("0b_1", 0), ("12", 3), ("9", 8)]:
    try:
        print(repr(s), base, "->", int(s, base))
    except ValueError as e:
        print(repr(s), base, "->", type(e).__name__, e)
fcases = ["  1.5 ", "1_0.2_5", "1e3", "1E-3", ".5", "5.", "-.5e+2", "inf", "-Infinity", "nAn",
          "+inf", "1_e3", "1._5", "0x10", "", "1,5", "infinity ", "  -0.0", "1e500", "1e-500"]
for s in fcases:
    try:
        print(repr(s), "float ->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "float ->", type(e).__name__, e)
for bad in [None, [1], "1j"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print("int", type(e).__name__, e)
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print("float", type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(b"12"), float(b" 2.5 "), int("  +0_1  "))
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
