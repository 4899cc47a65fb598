import io


class Upper(io.TextIOBase):
    """A write-only text stream that upper-cases what it is given."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def writable(self):
        return True


u = Upper()
print("hello", "world", file=u)
u.writelines(["a\n", "b\n"])
print(repr("".join(u.parts)), u.closed, u.readable(), u.writable(), u.seekable())
with u:
    u.write("inside\n")
print(u.closed, repr(u.parts[-1]))
try:
    u.write("after")
    print("write after close still allowed:", repr(u.parts[-1]))
except ValueError as e:
    print("ValueError", e)
try:
    with u:
        pass
except ValueError as e:
    print("ValueError", e)


class Lines(io.RawIOBase):
    """A raw stream over a bytes object, read through readinto."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = Lines(b"first\nsecond\nthird")
print(r.read(3), r.readline(), r.readall())
r = Lines(b"x\ny\n")
print(list(r))
for name in ("fileno", "seek", "truncate"):
    try:
        getattr(r, name)(0) if name != "fileno" else r.fileno()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
print(io.IOBase.__name__, issubclass(io.RawIOBase, io.IOBase), issubclass(io.TextIOBase, io.IOBase))
