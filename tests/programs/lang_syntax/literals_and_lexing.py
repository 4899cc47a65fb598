# Literals and lexical details: numbers, strings, bytes, line continuation, implicit concatenation.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, 0xdead_beef)
print(0, 00, 0.0, .5, 5., 1e-3, 1E+3, 3j, 1.5J, 0j, 1_2j)
print(type(1e3).__name__, type(10 ** 3).__name__, type(1j).__name__, 0.1 + 0.2)
print("tab\there", 'single "double"', "double 'single'", """triple "quoted" """)
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0end".encode("utf-8"))
print(r"\n raw \t", R"\d+", rb"\x00", Rb"bytes\n", br"\t")
print(b"\x00\xff", b"abc"[0], bytes([65, 66]), b"a" b"b")
print("implicit" " concatenation" 'of' """ strings""")
print(len("\
"), "line\
continued")
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # comment inside
    3,
]
print(values, (
    "paren"
    "continuation"
))
print(u"unicode prefix", type(u"").__name__)
print('\'', "\"", '\\', "\a\b\f\v".encode())
print(True + True, False * 5, None is None, ... is Ellipsis)
print(0b1111 & 0o17 == 0xF, -0x10, +0b1, ~0o7)
print(int("1_000"), float("1_0.5"), complex("1+2j"))
for bad in ["1__0", "0x", "1_", "0b2", "09", "1e", "0o8", "1.e_1"]:
    try:
        eval(bad)
        print("ok", bad)
    except SyntaxError as e:
        print("SyntaxError", repr(bad), e.msg)
for bad in ["'unterminated", '"""never closed', "b'\\u1234' + b'\xe9'", "'\\N{NO SUCH NAME}'"]:
    try:
        eval(bad)
        print("ok", bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
x = 1; y = 2; print(x + y)
if x: print("one-line if")
while False: pass
for c in "ab": print(c, end=";")
print()
print(__debug__, type(__builtins__).__name__ in ("module", "dict"))
print(0 if 1 else 2, [0x1 for x in "a"])
print(int.__name__, (1).__class__.__name__, 1 .real, 1.0.is_integer())
