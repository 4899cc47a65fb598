import csv
import io

RAW = """name, dept , salary,start
  Alice ,Eng, 120000 ,2019-03-01
Bob,Sales,  85000,2020-11-15

Carol,Eng,135000.50,2018-07-23
Dan,"Ops, Night",70000,2021-01-04
Eve,Sales,bad,2022-02-02
"""
rows = []
errors = []
lines = RAW.strip().split("\n")
header = [h.strip() for h in lines[0].split(",")]
print(header)
for lineno, line in enumerate(lines[1:], start=2):
    if not line.strip():
        continue
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != len(header):
        errors.append((lineno, f"expected {len(header)} fields, got {len(parts)}"))
        continue
    rec = dict(zip(header, parts))
    try:
        rec["salary"] = float(rec["salary"])
    except ValueError as e:
        errors.append((lineno, str(e)))
        continue
    rows.append(rec)
for r in rows:
    print(f"{r['name']:<6}{r['dept']:<6}{r['salary']:>12,.2f}  {r['start']}")
print(errors)
reader = csv.reader(io.StringIO(RAW))
for row in reader:
    print(row)
dreader = csv.DictReader(io.StringIO("a,b\n1,2\n3,\n"))
for d in dreader:
    print(d)
print(dreader.fieldnames)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["x", "has,comma", 'has "quote"', 3, None, 1.5])
w.writerows([[1, 2], ["a\nb", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "val"])
dw.writeheader()
dw.writerow({"id": 1, "val": "v"})
print(out.getvalue(), end="")
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
for dept in sorted(by_dept):
    s = by_dept[dept]
    print(f"{dept}: n={len(s)} avg={sum(s) / len(s):.1f} max={max(s):g}")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
