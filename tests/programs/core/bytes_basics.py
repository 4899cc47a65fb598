# bytes basics
b = b"hello"
print(b, type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([104, 105]), bytes(3), bytes())
print(b + b" world", b * 2, b"l" in b, 104 in b, b"xyz" in b)
print(b == b"hello", b < b"help", b"" < b"\x00")
print(repr(b"\x00\x7f\x80\xff'\"\n\t\\"))
print(b'it\'s', b"say \"x\"")
print(b.upper(), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"))
print(b.split(b"l"), b"a b  c".split(), b"-".join([b"a", b"b"]))
print(b.startswith(b"he"), b.endswith(b"lo"), b.strip(b"ho"))
print(b.hex(), bytes.fromhex("68 69 0a"), b"\x01\xab".hex())
print(b.decode(), b.isalpha(), b"123".isdigit())
print(hash(b"abc") == hash(b"abc"))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
print(b"%s-%d" % (b"x", 5), b"abc".index(b"c"))
for x in b"AZ":
    print(x, end=" ")
print()
