import io

data = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(data, newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz")
    s.seek(0)
    print("  write:", repr(s.read()), [line for line in io.StringIO(s.getvalue(), newline=nl)])

s = io.StringIO(newline=None)
s.write("one\r")
s.write("\ntwo")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("x\r\ny\nz", newline="")
print(repr(s.readline()), repr(s.readline(1)), s.readlines(), s.newlines)

# print() with sep/end/flush into a StringIO
buf = io.StringIO()
print("a", "b", sep="\n", end="\r\n", file=buf, flush=True)
print(*range(5), sep=", ", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
print(repr(buf.getvalue().splitlines()))

# line-by-line processing of an in-memory "file"
report = io.StringIO("""name,score
ann,91
bob,78

cy,85
""")
next(report)
total = 0
for line in report:
    line = line.strip()
    if not line:
        continue
    name, score = line.split(",")
    total += int(score)
print(total, report.tell(), report.read() == "")
