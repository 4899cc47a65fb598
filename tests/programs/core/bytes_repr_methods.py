# bytes and bytearray reprs and method corner cases
print(repr(bytes(range(0, 256, 17))))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\n\\"))
print(repr(bytearray(b"a'b")), repr(bytearray()), repr(bytes(3)), repr(bytes([65, 66])))
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1], list(b"hi"), b"x" * 3, 2 * b"yz")
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"Hello".upper(), b"MiXeD".swapcase())
print(b"hello".find(b"l"), b"hello".find(108), b"hello".count(b"l"), 108 in b"hello", b"el" in b"hello")
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\x01\x02\x03".hex("-"), b"abc".hex(":", 2))
print(b"%s and %d and %r" % (b"bytes", 5, "str"), b"%5b|%-4s|" % (b"x", b"y"))
print(b"abc" == "abc", b"abc" < b"abd", b"" < b"\x00", bytes(b"x") is not None)
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!"
ba.append(33)
ba.extend([63])
print(ba, ba.pop(), ba, len(ba))
del ba[0]
ba.insert(0, 74)
print(ba, ba.decode(), bytes(ba), ba == b"JEYlo!!")
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytearray(b"x").append(-1),
            lambda: b"abc"[5], lambda: bytes("abc"), lambda: b"a".join(["b"]), lambda: "x".encode("nope"),
            lambda: b"\xff".decode("utf-8"), lambda: bytes.fromhex("zz")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xffab".decode("ascii", "ignore"), repr(b"\xe9".decode("latin-1")))
print(b"a b\tc".split(), b"x".join([b"1", bytearray(b"2")]), b"abc".startswith((b"x", b"a")))
print(b"title case words".title(), b"12".zfill(5), b"ab".center(6, b"*"), b"Zz".isalpha(), b"".isdigit())
print(hash(b"abc") == hash(b"abc"), bytes(memoryview(b"mv")), bytearray(3), b"a\x00b".replace(b"\x00", b"-"))
