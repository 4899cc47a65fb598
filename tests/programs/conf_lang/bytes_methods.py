b = b"Hello\x00World\xff"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]))
print(repr(b"quote'"), repr(b'both\'"'), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.hex(), b"ab".hex(":"), bytes.fromhex("41 42 ff"), b"abc".upper(), b"A,B".split(b","))
print(b"abc" + b"def", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba.decode(), bytes(ba))
del ba[-2:]
ba += b"x"
print(ba, ba.pop(), ba)
print(b"\xc3\xa9".decode("utf-8"), "é".encode("utf-8"), "é".encode("latin-1"), "snow ☃".encode("ascii", "replace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(b"  x ".strip(), b"a\tb".expandtabs(4), b"abc".replace(b"b", b"B"), b"%d-%s" % (5, b"z"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(b"abc"[1], bytes(b"abc"[::2]), b"abc" == bytearray(b"abc"))
print(str(b"x"), b"abc".startswith(b"a"), b"1".isdigit(), b"xY".swapcase(), b"abc"[::-1])
