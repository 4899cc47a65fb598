# hex, binary and octal conversions and formatting
for n in (0, 1, 7, 10, 255, 256, 4095, -42, 2 ** 32):
    print(f"{n:>11} {bin(n):>36} {oct(n):>14} {hex(n):>12} {n:#x} {n:X}")
print(int("ff", 16), int("0xff", 16), int("0b1010", 0), int("777", 8), int("z", 36))
print(int("1010", 2), int("-0o17", 0), int("  12  "), int("1_000"))
print(f"{10:b}", f"{10:08b}", f"{10:#010b}", f"{255:o}", f"{255:#o}")
print(f"{3735928559:x}", f"{3735928559:#_x}", f"{65535:_b}")
print(format(255, "x"), format(255, "#X"), format(-255, "#x"))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for b in (2, 3, 7, 16, 36):
    s = to_base(123456789, b)
    print(b, s, int(s, b))
print(to_base(-255, 16))
rgb = (18, 52, 86)
color = "#" + "".join(f"{c:02x}" for c in rgb)
print(color, tuple(int(color[i:i + 2], 16) for i in (1, 3, 5)))
print((255).bit_length(), (256).bit_length(), bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
print(bin(5 << 3), 40 >> 2, ~5, bin(-5 & 0xFF))
print("0x%04x %o %X" % (300, 64, 48879))
print(hex(2 ** 100), bin(2 ** 70).count("0"))
print([bin(i).count("1") for i in range(16)])
