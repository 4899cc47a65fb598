print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(150, -2), round(250, -2), round(5, -1), round(1, -5))
print((1024).to_bytes(2, "little"), (-129).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2], "little"))
checks = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: int.from_bytes(b"\x01", "middle"),
    lambda: (1).to_bytes(-1, "big"),
]
for check in checks:
    try:
        print(check())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2).__pow__(3, 5), int.__pow__(2, 3, 5), pow(2, 3, 5), (2.0).__pow__(3), pow(2, -1, 5))
print((-5).bit_length(), (0).bit_length(), (-1).bit_count(), (7).conjugate(), (7).numerator, (7).imag)
print(format(1234567, "n"), format(-1234567.891, "n"), format(123, "+n"), format(10**20, ","))
print(pow(10**20, 3, 10**9 + 7), pow(3, 10**5, 1000), 7 ** 77 % 1000, (-3) ** -3)
print(True & 1, True | 0, True ^ True, ~True, -True, type(True & True).__name__, type(True & 1).__name__)
