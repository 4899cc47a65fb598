import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\n")
print(b.read(5), b.tell())
print(b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
print(b.write(b"!!"), b.getvalue())
b.seek(0)
print(b.write(bytearray(b"HE")), b.getvalue())
print(b.seek(-3, 2), b.read())
print(b.seek(-100, 1), b.tell())
b.seek(20)
b.write(b"Z")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
ba = bytearray(3)
b.seek(1)
print(b.readinto(ba), ba)
print(io.BytesIO(None).getvalue(), io.BytesIO().read())
attempt("write str", lambda: b.write("x"))
attempt("init str", lambda: io.BytesIO("x"))
attempt("seek neg", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 9))
attempt("truncate neg", lambda: b.truncate(-1))
with io.BytesIO(b"data") as f:
    print(f.read(2), f.read1(10), f.readable(), f.writable(), f.seekable())
attempt("read closed", lambda: f.read())
attempt("getvalue closed", lambda: f.getvalue())
print(f.closed)
