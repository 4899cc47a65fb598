# Number literals CPython's tokenizer rejects, each compiled on its own.
for src in ["1__000", "1_000_", "0x", "0xg1", "0b102", "0o78", "017", "0_7", "1e", "1e+", "1.5e_3", "5j2", "3rd", "1.2.3", "0.5x", "1if 1else 2", "0b1or 1", "0x1for_", "1or_", "1is_"]:
    try:
        compile(src, "<number>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset, repr(e.text))
