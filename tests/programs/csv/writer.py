import csv
import io

rows = [
    ['name', 'quote', 'n'],
    ['Alice', 'He said "hi"', 1],
    ['Bob', 'comma, inside', 2.5],
    ['Carol', 'new\nline', None],
    ['', ' space ', True],
    [],
    [''],
    [None],
]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    for row in rows:
        w.writerow(row)
    print(repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, delimiter=';', quotechar="'", lineterminator='\n')
print(w.writerow(['a;b', "it's", 'plain']))
w.writerows([[1, 2], ('x', 'y')])
w.writerow(iter(['gen', 'row']))
print(repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f', 'g\nh'])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar='\\')
w.writerow(['say "x"', 'back\\slash'])
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, lineterminator='\n').writerow(['a\rb', 'c\nd', 'x y', ' lead'])
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, dialect='unix').writerow(['u', 1, None])
csv.writer(s, dialect=csv.excel_tab).writerow(['t\tab', 'x'])
print(repr(s.getvalue()))

for make, row in [(lambda: csv.writer(io.StringIO()), 5),
                  (lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE), ['a,b']),
                  (lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE), [''])]:
    try:
        make().writerow(row)
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)

data = [['x', 'y, z', '"q"'], ['1', '', 'multi\nline']]
s = io.StringIO()
csv.writer(s).writerows(data)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=''))) == data)

import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), 'out.csv')
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows(data + [['end']])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
