# Escapes CPython's string decoder rejects: the position is inside the literal's body.
for src in [r"'\x4'", r"'ab\x'", r"'\u12'", r"'\U0001F60'", r"'\U00110000'", r"'\N'", r"'\N{'", r"'x\N{NOT A NAME}y'",
            r"'\N{BULLET}\N{NOPE}'", r"b'\x4'", r"b'\xZZ'", r"r'\x4'", "b'caf\u00e9'", "u'x' b'y'", r"'\q'"]:
    try:
        compile(src, "<escape>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_offset)
