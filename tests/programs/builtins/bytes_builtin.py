# bytes() and bytearray() constructors
print(bytes(), bytes(4), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("é", "latin-1"))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"\xde\xad".hex(":"))
for args in [("abc",), ([256],), ([-1],), (-1,), (1.5,), ("x", "nope"), ([1, "a"],)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
b = bytes([104, 105])
print(b, b[0], b[-1:], list(b), b * 3, b + bytes(1))
print(b"abc" == bytes("abc", "ascii"), bytes(3) == b"\x00" * 3)
print(b"a,b,,c".split(b","), b" pad ".strip(), b"abc".upper(), b"Hello".swapcase())
print(b"x".join([b"1", b"2", b"3"]), b"%d items" % 5, b"abcabc".replace(b"b", b"B", 1))
print(bytes(b"\x00\x01\x7f\x80"), repr(bytearray(b"'\"")))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
