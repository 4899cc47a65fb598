# OSError subclasses: real failures from the filesystem and pipes, and errno mapping on construction
import errno
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
def rel(p):
    if isinstance(p, str) and p.startswith(base + os.sep):
        return p[len(base) + 1:]
    return p

def show(label, e):
    print(label, type(e).__name__, "errno=%s" % errno.errorcode.get(e.errno, e.errno),
          repr(e.strerror), rel(e.filename), rel(e.filename2), len(e.args))
    print("   str:", str(e).replace(base + os.sep, "").replace(base, "<base>"))

missing = os.path.join(base, "missing.txt")
afile = os.path.join(base, "file.txt")
adir = os.path.join(base, "sub")
with open(afile, "w") as f:
    f.write("data")
os.mkdir(adir)

tries = [
    ("open missing", lambda: open(missing)),
    ("open dir", lambda: open(adir)),
    ("open dir for write", lambda: open(adir, "w")),
    ("listdir file", lambda: os.listdir(afile)),
    ("listdir missing", lambda: os.listdir(missing)),
    ("mkdir existing", lambda: os.mkdir(adir)),
    ("rmdir file", lambda: os.rmdir(afile)),
    ("rmdir nonempty", lambda: (open(os.path.join(adir, "x"), "w").close(), os.rmdir(adir))),
    ("remove dir", lambda: os.remove(adir)),
    ("rename missing", lambda: os.rename(missing, os.path.join(base, "new"))),
    ("stat missing", lambda: os.stat(missing)),
    ("chdir file", lambda: os.chdir(afile)),
    ("open under file", lambda: open(os.path.join(afile, "inner"))),
    ("makedirs existing", lambda: os.makedirs(adir)),
    ("os.open excl", lambda: os.open(afile, os.O_CREAT | os.O_EXCL | os.O_WRONLY)),
]
for label, fn in tries:
    try:
        fn()
        print(label, "no error")
    except OSError as e:
        show(label, e)

# writing to a pipe whose read end is closed: SIGPIPE is ignored, so EPIPE surfaces
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except OSError as e:
    show("pipe write", e)
finally:
    os.close(w)
try:
    os.close(w)
except OSError as e:
    show("close twice", e)
try:
    os.read(-1, 1)
except OSError as e:
    show("read bad fd", e)

# the errno -> subclass mapping happens in OSError.__new__
codes = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EAGAIN", "EACCES", "EEXIST", "ENOTDIR",
         "EISDIR", "EPIPE", "ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT",
         "ECHILD", "EALREADY", "EINPROGRESS", "EWOULDBLOCK", "ESHUTDOWN", "EINVAL", "ENOSPC"]
for name in codes:
    e = OSError(getattr(errno, name), "msg")
    print(name, type(e).__name__, e.errno == getattr(errno, name), str(e) == "[Errno %d] msg" % e.errno)

# argument counts
for args in [(), ("only",), (2, "two"), (2, "three", "f"), (2, "four", "f", None), (2, "five", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(len(args), type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", str(e))
print("winerror" in dir(OSError()), hasattr(OSError(), "winerror"))
b = BlockingIOError(errno.EAGAIN, "busy", 5)
print("characters_written", b.characters_written, b.filename, b.args)
try:
    BlockingIOError(errno.EAGAIN, "busy").characters_written
except AttributeError as e:
    print("no characters_written:", type(e).__name__, e)
e = FileNotFoundError(errno.EACCES, "mismatch")
print("explicit subclass keeps its type:", type(e).__name__)
print("aliases", IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
print("hierarchy", [c.__name__ for c in ConnectionResetError.__mro__])
print("errno names", errno.ENOENT, errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    raise PermissionError(errno.EACCES, "denied", "secret.txt")
except OSError as e:
    show("constructed", e)

shutil.rmtree(base)
print("cleaned", os.path.exists(base))
