import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read()))
print(repr(s.read()))

s = io.StringIO("line one\nline two\nline three")
print(repr(s.readline()))
print(repr(s.readline(4)))
print(repr(s.readline()))
print(s.readlines())
s.seek(0)
print([line.rstrip() for line in s])
s.seek(0)
print(s.readlines(10))

# writes past the end pad with NULs; overwrites in the middle replace
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.seek(0, 1))

# print() writes to any object with a write method
buf = io.StringIO()
print("a", 1, [2, 3], sep="-", end="!\n", file=buf)
print("second", file=buf)
print(repr(buf.getvalue()))

# context manager
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)

s = io.StringIO("x")
print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.encoding, s.errors, s.line_buffering, s.newlines)
s.writelines(["a", "b", "c"])
print(s.getvalue())
print(s.read(0), repr(s.read(5)))

# many small writes
s = io.StringIO()
for i in range(1000):
    s.write(str(i % 10))
v = s.getvalue()
print(len(v), v[:15], v[-5:])

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open)
print(io.StringIO, io.BytesIO)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
