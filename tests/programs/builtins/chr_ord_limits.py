# chr/ord at range limits and their errors
for cp in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c), c.isprintable())
print(repr(chr(0xD800)), repr(chr(0xDFFF)), ord("\udc80"))
for bad in [-1, 0x110000, 2 ** 31, 2 ** 100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.0, "a", None]:
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ["", "ab", "\U0001f600x", 65, b"", b"ab", None]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError", e)
print(ord(b"A"), ord(bytearray(b"z")), ord("\U0001f600"), ord("\xff"))
print(chr(True), chr(97) + chr(0x301), len(chr(97) + chr(0x301)))
print([chr(c) for c in range(0x3b1, 0x3b6)], "".join(map(chr, [72, 105])))
print(max("a\U0001f600b"), sorted("b\u00e9a"), "\u00e9" > "z")
