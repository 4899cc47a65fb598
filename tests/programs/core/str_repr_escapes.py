# repr of strings with escapes and quotes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx",
           "back\\slash", "\x00\x07\x1b", "\x7f\x80\xa0", "é", "\u200b", "\U0001F600",
           "\ud800", "\t\n\r", "", "'", '"', "\xff", "\u0101"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x\ty"))
print(r"raw\n\t", len(r"\n"))
print("\101\102\x43\u0044\N{LATIN SMALL LETTER E}")
print("""triple
quoted""", '''single triple''')
print(repr("""a
b"""))
print([["a'b"], ('x"',)])
print("\a\b\f\v" == "\x07\x08\x0c\x0b")
