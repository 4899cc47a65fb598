# errors from file objects: wrong mode, closed files, bad descriptors, bad arguments, decoding
import io
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "data.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("line one\nline two\n")

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        msg = str(e).replace(base, "<base>")
        print(label, "->", type(e).__name__, msg if len(msg) < 100 else msg[:60] + "...")
    else:
        print(label, "-> ok", repr(r) if isinstance(r, (int, str, bytes, bool, tuple, type(None))) else type(r).__name__)

print("UnsupportedOperation bases", [c.__name__ for c in io.UnsupportedOperation.__mro__[1:3]])

def closed_file(mode="r"):
    f = open(path, mode)
    f.close()
    return f
attempt("read closed", lambda: closed_file().read())
attempt("readline closed", lambda: closed_file().readline())
attempt("iterate closed", lambda: next(iter(closed_file())))
attempt("write closed", lambda: closed_file("a").write("x"))
attempt("seek closed", lambda: closed_file().seek(0))
attempt("tell closed", lambda: closed_file().tell())
attempt("fileno closed", lambda: closed_file().fileno())
attempt("print to closed", lambda: print("x", file=closed_file("a")))
attempt("close twice", lambda: closed_file().close())
attempt("closed flag", lambda: closed_file().closed)
attempt("with closed", lambda: closed_file().__enter__())

def use(mode, action):
    with open(path, mode) as f:
        return action(f)
attempt("write on read-only", lambda: use("r", lambda f: f.write("x")))
attempt("read on append", lambda: use("a", lambda f: f.read()))
attempt("readline on write", lambda: use("r+", lambda f: f.readline()))
attempt("truncate read-only", lambda: use("r", lambda f: f.truncate(0)))
attempt("writable/readable", lambda: use("r", lambda f: (f.readable(), f.writable(), f.seekable())))
attempt("text cur seek", lambda: use("r", lambda f: f.seek(3, 1)))
attempt("text end seek", lambda: use("r", lambda f: f.seek(-1, 2)))
attempt("bad whence", lambda: use("rb", lambda f: f.seek(0, 7)))
attempt("negative seek", lambda: use("rb", lambda f: f.seek(-5)))
attempt("str to binary", lambda: use("ab", lambda f: f.write("x")))
attempt("bytes to text", lambda: use("a", lambda f: f.write(b"x")))
attempt("int to text", lambda: use("a", lambda f: f.write(5)))

attempt("mode rw", lambda: open(path, "rw"))
attempt("mode z", lambda: open(path, "z"))
attempt("mode rbt", lambda: open(path, "rbt"))
attempt("unbuffered text", lambda: open(path, "w", buffering=0))
attempt("encoding on binary", lambda: open(path, "rb", encoding="utf-8"))
attempt("unknown encoding", lambda: open(path, encoding="no-such-codec"))
attempt("closefd with name", lambda: open(path, closefd=False))
attempt("embedded null", lambda: open("a\0b"))
attempt("name too long", lambda: open("x" * 5000))
attempt("bad fd", lambda: open(987654))
attempt("negative fd", lambda: open(-3))
attempt("fdopen bad fd", lambda: os.fdopen(987654))
attempt("float path", lambda: open(1.5))

with open(path, "wb") as f:
    f.write(b"ok \xff\xfe bad")
attempt("decode error", lambda: open(path, encoding="utf-8").read())
attempt("errors=replace", lambda: open(path, encoding="utf-8", errors="replace").read())
attempt("errors=ignore", lambda: open(path, encoding="utf-8", errors="ignore").read())
attempt("errors=surrogateescape", lambda: ascii(open(path, encoding="utf-8", errors="surrogateescape").read()))
attempt("ascii encode error", lambda: use("w", lambda f: None) or open(path, "w", encoding="ascii").write("é"))

attempt("StringIO closed", lambda: (lambda s: (s.close(), s.getvalue()))(io.StringIO("x")))
attempt("BytesIO fileno", lambda: io.BytesIO().fileno())
attempt("StringIO bytes", lambda: io.StringIO().write(b"x"))
attempt("BytesIO str", lambda: io.BytesIO().write("x"))

shutil.rmtree(base)
print("cleaned", os.path.exists(base))
