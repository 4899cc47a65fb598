# int methods and conversions
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((10).bit_length(), (-10).bit_length(), (7).bit_count(), (-7).bit_count())
print((5).conjugate(), (6).numerator, (6).denominator, (6).real, (6).imag)
print((12).as_integer_ratio(), int.__name__)
print(int(), int(3.99), int(-3.99), int("  42  "), int("-0"), int("+7"))
print(int("ff", 16), int("FF", 16), int("z", 36), int("101", 2), int("777", 8), int("0x10", 16))
print(int(True), int("1_000"), int(b"12"), int("٣"))
for args in [("abc",), ("1.5",), ("",), ("12", 1), ("12", 37), ("9", 8)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("1" * 50), int("-" + "9" * 30) + 1)
print(isinstance(3, int), isinstance(True, int), type(3) is int)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
