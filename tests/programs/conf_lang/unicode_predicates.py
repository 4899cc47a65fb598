samples = ["abc", "ABC", "Abc Def", "a1", "123", "\u0661\u0662", "\u00b2", "\u00bd", "\u216b",
           " \t\n", "\u3000", "", "_x9", "9x", "\u00e9t\u00e9", "stra\u00dfe", "\u03a3\u03b1"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
             s.isspace(), s.isidentifier(), s.isprintable(), s.isupper(), s.islower(), s.istitle()]
    print(repr(s).ljust(14), "".join("T" if f else "." for f in flags))

for ch in ["\u1680", "\u202f", "\u205f", "\u0600", "\u061c", "\ufff9", "\U000e0001", "\u200b", "\xad", "\xa0"]:
    print(repr(ch), ch.isprintable(), ch.isspace())
for ch in ["\u0363", "\u0345", "\u24b6", "\U0001f130", "\u0e33", "\u2118", "\u212e", "\u02b0"]:
    print(hex(ord(ch)), ch.isalpha(), ch.isidentifier(), ("a" + ch).isidentifier())
print("\ufb01".upper(), "\u00df".casefold(), "\u01c6".title(), "\u01c6".capitalize(), "\u03a3\u0391\u03a3".lower())
print("\u0130stanbul".lower()[:3], len("\u0130".lower()), "\u1e9e".lower(), "\u00df".upper())
print(sorted(["\u00e9", "e", "f", "E", "\u00c9"]), "\u00e9" > "f", max("aZ"))
print(repr("\x85\u2028\U0001f600\u200b\xa0\xad\u0301"), ascii("\U0001f600"))
s = "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i"
print(s.splitlines(), len(s.split()), "a\u3000b".split())
print("{:<5}|{:>5}|".format("\u65e5\u672c", "\u65e5\u672c"), "%-5s|" % "\u65e5\u672c")
