# str.splitlines
s = "line1\nline2\r\nline3\rline4\n\nline6"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines())
print("no newline".splitlines())
print("trailing\n".splitlines(), "trailing\n".split("\n"))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("x\r\n\r\ny".splitlines(True))
for i, line in enumerate("a\nb\nc".splitlines(), 1):
    print(i, line)
print(len("one\ntwo\nthree\n".splitlines()))
