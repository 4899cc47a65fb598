import io

s = io.StringIO()
s.write("line one\n")
print("second", file=s)
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()))
print(s.tell())
s.seek(0)
print(repr(s.readline()))
print(s.readlines())
s.seek(5)
print(repr(s.read(3)))
r = io.StringIO("x\ny\nz")
for line in r:
    print(repr(line))
r.seek(0)
print(r.read().splitlines())
t = io.StringIO("abc")
t.seek(0, 2)
t.write("def")
print(t.getvalue())
t.truncate(2)
print(repr(t.getvalue()), t.tell())
b = io.BytesIO()
b.write(b"hello ")
b.write(bytes([119, 111]))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.read())
bb = io.BytesIO(b"one\ntwo\n")
print(bb.readlines())
print(bb.getbuffer().nbytes)
s.close()
try:
    s.write("x")
except ValueError as e:
    print("ValueError", e)
print(s.closed)
with io.StringIO("ctx") as cs:
    print(cs.read())
print(cs.closed)
try:
    io.StringIO(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
w = io.StringIO(newline="")
w.write("a\r\nb")
print(repr(w.getvalue()))
print(io.StringIO("q").readable(), io.StringIO().seekable())
