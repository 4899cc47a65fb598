from pathlib import PurePosixPath, PurePath, PureWindowsPath

p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p))
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root)
print(list(p.parents)[:3], p.parts)
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_stem("other") if hasattr(p, "with_stem") else "")
q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, q.is_absolute(), p.is_absolute(), q.as_posix())
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").joinpath("c", "d"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("a//b/./c/"), PurePosixPath("a/../b"), PurePosixPath(""), PurePosixPath("/"))
print(PurePosixPath("x.txt").match("*.txt"), PurePosixPath("a/b.py").match("b.py"), PurePosixPath("/a/b.py").match("/*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("A") == PurePosixPath("a"), sorted([PurePosixPath("b"), PurePosixPath("a/z")]))
print(str(PurePosixPath("/etc") / "/root"), PurePosixPath(".hidden").suffix, PurePosixPath("a.").suffix)
w = PureWindowsPath("C:\\Users\\Bob\\file.TXT")
print(w, w.drive, w.root, w.anchor, w.name, w.suffix, w.parent, w.as_posix(), w.parts)
print(PureWindowsPath("c:/x") == PureWindowsPath("C:\\X"))
print(PurePath("a", "b", "c.txt").name, PurePosixPath("/a/b").is_relative_to("/a"))
try:
    PurePosixPath("noext").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("/tmp/a.b.c").stem, PurePosixPath("a/b/c").parent.parent, PurePosixPath("a").parent, PurePosixPath("/").parent)
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), PurePosixPath("a", "/b", "c"))
