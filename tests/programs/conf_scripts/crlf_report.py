import os
import tempfile

rows = [("id", "item", "qty"), (1, "bolts", 40), (2, "nuts", 35), (3, "washers", 120)]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "report.txt")
    with open(path, "w", newline="\r\n") as f:
        for r in rows:
            print(*r, sep="\t", file=f)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw)
    print(raw.count(b"\r\n"), len(raw))
    with open(path) as f:
        text = f.read()
    print(repr(text))
    with open(path, newline="") as f:
        print(f.readlines())
    with open(path, "w", newline="\r") as f:
        f.write("old\nmac\n")
    print(open(path, "rb").read())
    with open(path) as f:
        print(f.read().splitlines())
