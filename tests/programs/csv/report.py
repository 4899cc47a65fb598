import csv
import io
import os
import tempfile
from collections import defaultdict

raw = """region,product,units,price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,Widget,7,2.45
South,Gadget,1,9.99
North,Widget,5,2.50
"""
d = tempfile.mkdtemp()
src = os.path.join(d, 'sales.csv')
with open(src, 'w', newline='') as f:
    f.write(raw)

totals = defaultdict(float)
units = defaultdict(int)
with open(src, newline='') as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        amount = int(row['units']) * float(row['price'])
        totals[row['region']] += amount
        units[row['product']] += int(row['units'])

dst = os.path.join(d, 'summary.csv')
with open(dst, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['region', 'total'])
    w.writeheader()
    for region in sorted(totals):
        w.writerow({'region': region, 'total': '%.2f' % totals[region]})
with open(dst, newline='') as f:
    print(repr(f.read()))
with open(dst, newline='') as f:
    for rec in csv.reader(f):
        print(rec)
print(dict(sorted(units.items())))

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(['product', 'units'])
for product, n in sorted(units.items()):
    w.writerow([product, n])
print(out.getvalue(), end='')
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back)

# tab separated, no quoting, with a header and a comment line skipped by hand
tsv = 'name\tscore\n# comment\nann\t9\nbob\t7\n'
rows = [r for r in csv.reader(io.StringIO(tsv), delimiter='\t') if not r[0].startswith('#')]
print(rows)
header, *body = rows
print([dict(zip(header, r)) for r in body])
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
