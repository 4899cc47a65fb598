import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("abc")
attempt("write int", lambda: s.write(5))
attempt("write bytes", lambda: s.write(b"x"))
attempt("init int", lambda: io.StringIO(5))
attempt("init none", lambda: io.StringIO(None).getvalue())
attempt("newline bad", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=3))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 7))
attempt("seek float", lambda: s.seek(1.5))
attempt("read float", lambda: s.read(1.5))
attempt("readline str", lambda: s.readline("x"))
attempt("truncate neg", lambda: s.truncate(-2))
attempt("fileno", lambda: s.fileno())
attempt("detach", lambda: s.detach())
attempt("writelines", lambda: s.writelines(["ok", 3]))
s.close()
print(s.closed)
attempt("read closed", lambda: s.read())
attempt("write closed", lambda: s.write("x"))
attempt("getvalue closed", lambda: s.getvalue())
attempt("tell closed", lambda: s.tell())
attempt("next closed", lambda: next(s))
attempt("close twice", lambda: s.close())
try:
    with io.StringIO() as f:
        f.write("x")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, f.closed)

try:
    raise io.UnsupportedOperation("nope")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    io.IOBase().seek(0)
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
attempt("textiobase read", lambda: io.TextIOBase().read())
