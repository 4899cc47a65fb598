import io
import sys

old = sys.stdout
sys.stdout = io.StringIO()
print("captured line 1")
print("captured", 2)
sys.stdout.write("raw write\n")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored")
print(repr(captured))

# capture stderr too
old_err = sys.stderr
sys.stderr = io.StringIO()
print("to stderr", file=sys.stderr)
err = sys.stderr.getvalue()
sys.stderr = old_err
print(repr(err))


def report(items, out=None):
    out = out or sys.stdout
    for name, qty in items:
        print(f"{name:<8}{qty:>4}", file=out)


report([("apple", 3), ("pear", 12)])
buf = io.StringIO()
report([("plum", 7)], buf)
print(buf.getvalue(), end="")

# a tiny CSV-like writer/reader round trip
rows = [["id", "name"], ["1", "ann"], ["2", "bob"]]
out = io.StringIO()
for r in rows:
    out.write(",".join(r) + "\n")
inp = io.StringIO(out.getvalue())
header = inp.readline().strip().split(",")
print(header, [dict(zip(header, line.strip().split(","))) for line in inp])
print(sys.stdout is old, sys.stderr is old_err)
