# string literal escapes, raw strings and their reprs
print(repr("\a\b\f\n\r\t\v\0\x7f\x80"))
print(repr("\101\x41\u0041\U00000041\N{LATIN SMALL LETTER A}"))
print(repr(r"\n\t\\"), len(r"\n"), repr(r"\""), repr(r'\''))
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr('a\'b'))
print(repr("\u00e9\u200b\ufeff\U0001f600"), ascii("\u00e9\U0001f600"))
print(repr("tab\there"), str("tab\there").expandtabs(4))
print("line1\
continued")
print("implicit" " " 'concatenation' r"\raw" f"{1+1}")
print(len("\N{EM DASH}"), "\N{EM DASH}" == "\u2014", ord("\177"[0]), "\1234" == "S4")
print(repr("\x00\x1f\x20\x7e"), repr(chr(0xa0)), repr(chr(0xad)), repr(chr(0x2028)))
print(repr(b"\x00\n'\"\\"), repr(b'\''), repr(b"'\""))
print(rb"\x00" == b"\\x00", br"\n"[0], Rb"a" + bR"b")
print("""triple "quoted" 'string'""", '''another\'s''')
print(repr("""a
b"""))
s = "\\N{not parsed}"
print(s, len(s))
print(repr(str(b"\xff")), repr("é".encode()), repr("é".encode("latin-1")))
print(repr("%s" % "\n"), repr("{!r}".format("\t")), f"{'quoted'!r}", f"{chr(10)!a}")
