# the unicode_escape and raw_unicode_escape codecs: encoding, decoding, and their errors
samples = ["plain", "tab\there", "line\nbreak\r", "back\\slash", "quote ' and \"", "café",
           "naïve ☕", "emoji 😀", "nul\x00bell\x07", "\x7f\x80\xff\u0100"]
for s in samples:
    e = s.encode("unicode_escape")
    r = s.encode("raw_unicode_escape")
    print(repr(s), e, r, e.decode("unicode_escape") == s, r.decode("raw_unicode_escape") == s)

for b in [b"a\\tb\\nc", b"\\x41\\u00e9\\U0001F600", b"\\101\\7\\0", b"\\q\\'\\\"", b"line\\\ncont",
          b"caf\xe9", b"\\\\u0041", b"\\u0041 \\\\\\u0042"]:
    print(b, repr(b.decode("unicode_escape")), repr(b.decode("raw_unicode_escape")))

# what students write: turn typed escapes into the characters
typed = r"Hello\tWorld\n\u00e9"
print(repr(typed.encode("latin-1").decode("unicode_escape")))
print(repr(bytes(typed, "utf-8").decode("unicode-escape")))

for b, errors in [(b"\\x4", "strict"), (b"\\x4g", "strict"), (b"abc\\", "strict"), (b"\\u12", "strict"),
                  (b"\\U00110000", "strict"), (b"\\x4", "replace"), (b"a\\x4b\\", "ignore"),
                  (b"\\u12", "backslashreplace")]:
    try:
        print(b, errors, repr(b.decode("unicode_escape", errors)))
    except UnicodeDecodeError as e:
        print(b, errors, "UnicodeDecodeError:", e, e.start, e.end)
for b in [b"\\u12", b"\\\\u12", b"x\\"]:
    try:
        print(b, repr(b.decode("raw_unicode_escape")))
    except UnicodeDecodeError as e:
        print(b, "UnicodeDecodeError:", e)
