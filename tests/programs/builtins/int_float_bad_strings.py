# int() and float() of bad strings
def try_int(*args):
    try:
        print("int", repr(args), "->", int(*args))
    except (ValueError, TypeError) as e:
        print("int", repr(args), type(e).__name__ + ":", e)
def try_float(arg):
    try:
        print("float", repr(arg), "->", float(arg))
    except (ValueError, TypeError) as e:
        print("float", repr(arg), type(e).__name__ + ":", e)
for a in ["12", " 7 ", "1_000", "3.5", "", "abc", "1__0", "0x1f", "+-3", "١٢"]:
    try_int(a)
try_int("0x1f", 16)
try_int("z", 36)
try_int("12", 2)
try_int("10", 1)
try_int("10", 37)
try_int(3.9)
try_int(None)
try_int([1])
try_int(5, 10)
for a in ["1.5", " -2e3 ", "inf", "nan", "1.2.3", "", "one", "1_0.5", "1e", "--1"]:
    try_float(a)
try_float(None)
try_float([1.0])
