# str.encode and bytes.decode
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b))
print(s.encode("utf-8") == b, b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), "abc".encode("latin-1"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("🙂".encode("utf-8"), "🙂".encode("utf-16-le"), len("🙂"))
print(b"\xf0\x9f\x99\x82".decode())
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"abc"))
print(bytes("xyz", "utf-8"), list("ab€".encode()))
