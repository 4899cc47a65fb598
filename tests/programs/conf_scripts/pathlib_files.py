import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/data/reports/2024/summary.final.txt")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.parent.parent.name)
print(p.with_suffix(".csv"), p.with_name("x.txt"), p.relative_to("/data"), p.is_absolute(), PurePosixPath("a") / "b" / "c")
print(PurePosixPath("a/b/../c"), PurePosixPath("x").joinpath("y", "z"), p.match("*.txt"), str(PurePosixPath(".")))
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / "src").mkdir()
    (root / "src" / "main.py").write_text("print('hi')\n")
    (root / "src" / "util.py").write_text("X = 1\n")
    (root / "README.md").write_text("# Title\n\nBody\n")
    (root / "deep" / "er").mkdir(parents=True)
    (root / "data.bin").write_bytes(b"\x00\x01")
    print(sorted(q.name for q in root.iterdir()))
    print(sorted(str(q.relative_to(root)) for q in root.rglob("*.py")))
    print(sorted(q.name for q in root.glob("*")), (root / "README.md").read_text().splitlines())
    print((root / "data.bin").read_bytes(), (root / "src").is_dir(), (root / "nope").exists())
    print((root / "README.md").stat().st_size, (root / "src" / "main.py").suffix)
    with (root / "log.txt").open("w") as f:
        f.write("a\nb\n")
    with open(root / "log.txt") as f:
        print(f.readlines())
    (root / "log.txt").rename(root / "log2.txt")
    print(sorted(q.name for q in root.iterdir() if q.is_file()))
    (root / "log2.txt").unlink()
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    (root / "deep" / "er").rmdir()
    print(sorted(x.name for x in (root / "deep").iterdir()))
print(Path("a/b.txt").suffix, Path("a") == Path("a/"), repr(PurePosixPath("a/b")), sorted([Path("b"), Path("a")]))
