# linecache: reading lines, caching, invalidation, encodings, odd names.
import linecache
import os
import sys

base = "/tmp/gilpy_linecache_%d" % os.getpid()
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "sample.py")
with open(path, "w", encoding="utf-8") as f:
    f.write("first = 1\nsecond = 'é'\n\nfourth = 4")

print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 5)), repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(path in linecache.cache, len(linecache.cache[path]))

# the cache answers until checkcache notices the change
with open(path, "w", encoding="utf-8") as f:
    f.write("changed = True\nand longer than before\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
os.remove(path)
print(repr(linecache.getline(path, 1)))
linecache.checkcache()
print(repr(linecache.getline(path, 1)), path in linecache.cache)

# PEP 263 coding cookie
latin = os.path.join(base, "latin.py")
with open(latin, "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n")
print(repr(linecache.getline(latin, 2)))
bom = os.path.join(base, "bom.py")
with open(bom, "wb") as f:
    f.write(b"\xef\xbb\xbfx = 1\r\ny = 2\r\n")
print(linecache.getlines(bom))
bad = os.path.join(base, "bad.py")
with open(bad, "wb") as f:
    f.write(b"x = '\xff'\n")
print(linecache.getlines(bad))

# names that are not files
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines("no/such/file.py"))
print(linecache.lazycache("<stdin>", {"__name__": "x"}), linecache.lazycache(path, None))


class Loader:
    def get_source(self, name):
        return "line one of %s\nline two" % name


print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": Loader()}))
print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": Loader()}))
print(linecache.getline("virtual.py", 2, None))
print(linecache.getlines("virtual.py"))
linecache.clearcache()
print(linecache.cache)

# lines of this very file
me = linecache.getlines(__file__)
print(me[0].rstrip(), len(me) > 40)
print(linecache.getline(__file__, 2, globals()).rstrip())
for name in (latin, bom, bad):
    os.remove(name)
os.rmdir(base)
