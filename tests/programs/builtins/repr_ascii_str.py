# repr, ascii, str of builtin values
vals = [1, -0, 2.50, 1e-10, "a'b", 'a"b', "a'b\"c", "é\n", b"\xff'", [1, "x"], (1,), (), {"k": [None]},
        {1, 2}, frozenset({3}), set(), True, None, range(2, 5), 10 ** 25, -1.5e300, float("nan"),
        [[]], {(): ()}, bytearray(b"q"), "\x00\t\\", "🙂", "\u00e9\u0301"]
for v in vals:
    print(repr(v), "|", ascii(v), "|", str(v))
print(str(), repr(""), str(b"x"), str(1.0), str(-0.0))
print(str(123, ) if True else 0, str("abc", "utf-8") if False else "skip")
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xff", "utf-8", "replace"), str(b"a\xffb", errors="ignore", encoding="ascii"))
print(repr(repr("x")), ascii(ascii("é")))
