# str() vs repr() of strings that sit inside containers
items = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
         "back\\slash", "caf\u00e9", "\u4e2d\u6587", "\x00\x7f", "emoji \U0001f600", "\r", ""]
print(items)
for s in items:
    print(str(s) == s, repr(s))
print(str(items) == repr(items))
print(("it's",), {"k'ey": "v\"al"})
print({"a\nb": ["c\td"]})
print(ascii(items[7:11]))
print(str(["\u200b", "\xa0", "\xad", "\u2028"]))
print(["\x1b[0m", "\x80", "\xff", "\u0100"])
print(f"{items[1]!r} {items[2]!s} {items[5]!r}")
print("%r %s" % ("q'", "q'"))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print([b"bytes'", b'"', b"\x00\xff"])
class S(str):
    pass
print([S("sub")], repr(S("x'y")))
print(str(("a",)), str({"a"}), str(frozenset(["b"])))
