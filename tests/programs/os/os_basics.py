# os and os.path: process ids, paths, directories, stat, pipes, environ, kill, errors
import os, os.path, sys, signal
print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() > 0, type(os.sched_getaffinity(0)).__name__)
print(os.sep, repr(os.linesep), os.devnull, os.name, os.path is sys.modules['os.path'])
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("x/.bashrc"), os.path.splitext("a.tar.gz"))
print(os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/nonexistent/x"))
d = "/tmp/gilpy_os_test_dir"
d = "/tmp/gilpy_os_test_dir_%d" % 7
for leftover in (d + "/x/y", d + "/x", d):
    try: os.rmdir(leftover)
    except OSError: pass
os.makedirs(d + "/x/y")
os.makedirs(d + "/x/y", exist_ok=True)
try: os.makedirs(d + "/x/y")
except FileExistsError as e: print("FileExistsError", e.errno, e.strerror, e.filename == d + "/x/y")
print(sorted(os.listdir(d)), os.path.isdir(d + "/x/y"))
f = d + "/f.txt"
with open(f, "w") as fh: fh.write("hello")
print(os.path.getsize(f), os.stat(f).st_size, type(os.stat(f)).__name__, os.stat(f)[6])
os.rename(f, d + "/g.txt"); print(sorted(os.listdir(d)))
os.remove(d + "/g.txt")
for p in (d + "/x/y", d + "/x", d): os.rmdir(p)
try: os.rmdir(d)
except FileNotFoundError as e: print("FileNotFoundError", e)
try: os.remove("/nonexistent/zz")
except OSError as e: print(type(e).__name__, e)
r, w = os.pipe()
print(os.write(w, b"abc"), os.read(r, 10)); os.close(w); print(os.read(r, 10)); os.close(r)
try: os.close(r)
except OSError as e: print(type(e).__name__, e)
print(os.strerror(2), len(os.urandom(16)), os.getenv("GILPY_NOPE", "dflt"))
os.environ["GILPY_X"] = "1"; print(os.getenv("GILPY_X"), "GILPY_X" in os.environ); del os.environ["GILPY_X"]; print(os.getenv("GILPY_X"))
got = []
signal.signal(signal.SIGUSR1, lambda s, fr: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1); print(got)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.abspath("x").endswith("/x"))
print(os.getcwd() == os.path.abspath("."))
