# strip, lstrip, rstrip
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"))
print("www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()))
print("hello".strip(""), "hello".strip("helo"))
print(repr("\u3000 wide \u3000".strip()))
print("12300".rstrip("0"), "00123".lstrip("0"))
print("aaa".strip("a") == "")
print("hello".strip(None))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print("  a b  ".strip().split(" "))
print(repr("\x1c\x1d\x1e\x1fx\x85".strip()))
print(repr("prefix_body".removeprefix("prefix_")), repr("body.py".removesuffix(".py")))
print(repr("abc".removeprefix("x")), repr("abc".removesuffix("")))
