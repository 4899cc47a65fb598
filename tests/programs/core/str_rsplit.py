# str.rsplit
s = "a.b.c.d"
print(s.rsplit("."))
print(s.rsplit(".", 1))
print(s.rsplit(".", 2))
print(s.rsplit(".", 0))
print("  x  y  z  ".rsplit())
print("  x  y  z  ".rsplit(None, 1))
print("  x  y  z  ".rsplit(maxsplit=1))
print("a,,b,".rsplit(","))
print("".rsplit(), "".rsplit("."))
print("path/to/file.tar.gz".rsplit("/", 1))
print("path/to/file.tar.gz".rsplit(".", 1)[0])
print("aaa".rsplit("aa"), "aaa".split("aa"))
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".rsplit("=", 1), "k=v=w".split("=", 1))
