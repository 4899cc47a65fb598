import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\nsecond line\n")
        print("wrote", n)
        f.writelines(["third\n", "fourth"])
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(path, "a") as f:
        print("appended", file=f)
    with open(path) as f:
        lines = f.readlines()
    print(lines)
    with open(path) as f:
        print(repr(f.readline()), repr(f.read(5)), f.tell())
        f.seek(0)
        print(repr(f.read(3)))
    bpath = os.path.join(d, "data.bin")
    with open(bpath, "wb") as f:
        f.write(bytes(range(10)))
        f.write(b"\xff\x00")
    with open(bpath, "rb") as f:
        data = f.read()
    print(data, len(data), os.path.getsize(bpath))
    print(sorted(os.listdir(d)))
    print(os.path.exists(path), os.path.isfile(d), os.path.isdir(d))
    print(os.path.basename(path), os.path.splitext(path)[1])
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "x.csv"), "w", newline="") as f:
        f.write("a,b\r\n1,2\r\n")
    with open(os.path.join(d, "sub", "x.csv")) as f:
        print(repr(f.read()))
    with open(os.path.join(d, "sub", "x.csv"), newline="") as f:
        print(repr(f.read()))
    for root, dirs, files in os.walk(d):
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    os.remove(bpath)
    print(sorted(os.listdir(d)))
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("missing:", e.errno, e.strerror, type(e).__name__)
    with open(os.path.join(d, "u.txt"), "w", encoding="utf-8") as f:
        f.write("café ☕\n")
    with open(os.path.join(d, "u.txt"), "rb") as f:
        print(f.read())
    with open(os.path.join(d, "u.txt"), encoding="utf-8") as f:
        print(f.read().strip(), f.closed)
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
print(os.path.exists(d))
