s = "Grüße, 世界! €5"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", errors="xmlcharrefreplace"), s.encode("ascii", errors="backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\x41".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
print(b"\xff\x41".decode("utf-8", errors="replace"), b"\xff\x41".decode("utf-8", "ignore"))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\x10".hex(":"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
ba += b"?"
print(ba, len(ba), ba.upper(), bytes(ba[1:3]), ba.find(b"l"), ba.count(b"l"))
print(list(b"AZ"), bytes([72, 105]), b"a" * 3, b"x,y,z".split(b","), b"-".join([b"a", b"b"]))
print(ord("€"), chr(8364), hex(ord("é")), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(s.encode("utf-16-le")[:8], "é".encode("utf-16"), "A".encode("utf-32-be"))
print(b"Hello".startswith(b"He"), b" pad ".strip(), b"abc"[1], b"abc"[1:], b"%d-%s" % (5, b"x"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
import base64
enc = base64.b64encode(b"any carnal pleasure.")
print(enc, base64.b64decode(enc), base64.urlsafe_b64encode(b"\xfb\xff"))
print(repr(b"\t\n\r\x7f'\""), repr(bytearray(b"q")), str(b"x"))
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", bytes(3), bytes(range(65, 70)))
print("ß".upper(), "ǅ".lower(), "İ".lower().encode(), "ﬁ".upper(), "straße".casefold())
print(len("👍🏽"), "👍".encode("utf-8"), ascii("naïve ☃"))
