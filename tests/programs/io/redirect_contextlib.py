import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside")
    help_ = 1
print(repr(buf.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as e:
    import sys; print("err", file=sys.stderr)
print(repr(e.getvalue()))
with contextlib.closing(io.StringIO("x")) as f:
    print(f.read())
print(f.closed)
