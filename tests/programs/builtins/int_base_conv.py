# int() with bases, hex, oct, bin
print(int("10"), int("10", 2), int("10", 8), int("10", 16), int("10", 36), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("0xff", 0), int("42", 0), int("0", 0))
print(int("0b101", 2), int("0o17", 8), int("0XFF", 16), int(" -0x1f ", 16), int("+0b1", 0))
print(int("1_000_000"), int("0x_ff", 16), int("f" * 20, 16))
for s, b in [("08", 0), ("0b2", 0), ("2", 2), ("0x", 16), ("ff", 15), ("", 10), (" ", 10), ("1 2", 10), ("١٢", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 30))
print(format(255, "x"), format(255, "#b"), format(-255, "o"))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int("7fffffffffffffff", 16) + 1, int("-" + "1" * 64, 2))
print(int(b"0x1f", 16), int(bytearray(b"77"), 8))
