raw_lines = [r"Hello\tWorld", r"Line1\nLine2", r"caf\u00e9", r"quote: \"hi\"", r"back\\slash"]
for raw in raw_lines:
    decoded = raw.encode("latin-1").decode("unicode_escape")
    print(f"{raw!r:>22} -> {decoded!r}")
for s in ["tab\there", "naïve", "emoji \U0001F600", "nul\x00byte"]:
    print(repr(s), s.encode("unicode_escape"), ascii(s))
names = "Ünïcödé"
print(names.encode("ascii", "namereplace"))
print(names.encode("ascii", "xmlcharrefreplace"), names.encode("ascii", "backslashreplace"), names.encode("ascii", "replace"))
print("price: 5€".encode("cp1252"), b"\x93smart\x94".decode("cp1252"))
