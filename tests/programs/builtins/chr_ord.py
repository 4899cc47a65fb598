# chr() and ord()
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("🙂"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128578), repr(chr(0)))
print([chr(i) for i in range(97, 103)], "".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(b"a"), ord(bytearray(b"z")), chr(0x10FFFF) == "\U0010ffff", ord(chr(0x10FFFF)))
for bad in ["", "ab", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000, 2 ** 70]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(True), ord(chr(55296)) if False else "skip surrogate")
print(sum(ord(c) for c in "checksum") % 256)
