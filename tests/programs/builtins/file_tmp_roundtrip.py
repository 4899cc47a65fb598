# write, append and read back a CSV-like temp file under /tmp with a unique-ish name
import sys
path = "/tmp/gilpy_golden_file_tmp_roundtrip_%d.csv" % len(sys.argv[0])
rows = [("name", "score", "grade"), ("ann", 91, "A"), ("bob", 78, "C"), ("cy", 85, "B")]
with open(path, "w") as f:
    for r in rows:
        f.write(",".join(str(x) for x in r) + "\n")
with open(path, "a") as f:
    print("dee", 66, "D", sep=",", file=f)
with open(path) as f:
    header = f.readline().strip().split(",")
    records = []
    for line in f:
        vals = line.rstrip("\n").split(",")
        records.append(dict(zip(header, vals)))
print(header)
for r in records:
    print(r)
scores = [int(r["score"]) for r in records]
print("avg", sum(scores) / len(scores), "best", max(records, key=lambda r: int(r["score"]))["name"])
with open(path) as f:
    lines = f.readlines()
print(len(lines), repr(lines[-1]))
with open(path) as f:
    data = f.read()
print(len(data), data.count("\n"), data.splitlines()[2])
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma"])
with open(path) as f:
    print([ln for ln in f])
with open(path) as f:
    print(f.read(3), f.readline(), f.read())
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, "w", encoding="utf-8") as f:
    n = f.write("héllo wörld\n")
print("chars written", n)
with open(path, "rb") as f:
    print(len(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.read().strip().title())
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()))
