# os.scandir and DirEntry, lstat, os.path.islink/lexists, os.fspath
import os
d = "/tmp/gilpy_scandir_test"
for p in (d + "/sub/f2", d + "/f1.txt"):
    try: os.remove(p)
    except OSError: pass
for p in (d + "/sub", d):
    try: os.rmdir(p)
    except OSError: pass
os.makedirs(d + "/sub")
open(d + "/f1.txt", "w").close()
with open(d + "/sub/f2", "w") as f: f.write("xyz")
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e) == e.path)
print(sorted(e.name for e in os.scandir(d + "/sub")), os.path.islink(d), os.path.lexists(d), os.lstat(d + "/sub/f2").st_size)
for p in (d + "/sub/f2", d + "/f1.txt"): os.remove(p)
for p in (d + "/sub", d): os.rmdir(p)
print(os.path.exists(d))
try:
    os.fspath(5)
except TypeError as e:
    print("TypeError:", e)
