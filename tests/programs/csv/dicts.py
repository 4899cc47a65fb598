import csv
import io

text = 'id,name,score\r\n1,ann,90\r\n2,bob\r\n3,cat,70,extra,more\r\n\r\n4,dan,60\r\n'
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(io.StringIO(text, newline=''), restkey='rest', restval='N/A')
for row in r:
    print(row)

r = csv.DictReader(['a|b', 'c|d'], fieldnames=['x', 'y'], delimiter='|')
print(list(r))
print(csv.DictReader([]).fieldnames)

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['id', 'name', 'note'])
print(w.writeheader())
w.writerow({'id': 1, 'name': 'ann', 'note': 'hello, world'})
w.writerow({'id': 2, 'name': 'bob'})
w.writerows([{'id': 3, 'note': 'x'}, {'name': 'q"uote'}])
print(repr(s.getvalue()))

try:
    w.writerow({'id': 4, 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='-', extrasaction='ignore', lineterminator='\n')
w.writerow({'a': 1, 'c': 3})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

print(csv.list_dialects())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote,
      d.escapechar, d.skipinitialspace, d.strict)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 'b'])
print(repr(s.getvalue()))
print(sorted(csv.list_dialects()))
csv.unregister_dialect('pipes')
for f, a in [(csv.get_dialect, 'pipes'), (csv.unregister_dialect, 'pipes')]:
    try:
        f(a)
    except csv.Error as e:
        print('Error', e)
try:
    csv.register_dialect(5)
except TypeError as e:
    print('TypeError', e)
try:
    csv.get_dialect('excel').delimiter = ';'
except AttributeError as e:
    print('AttributeError')

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False

print(list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))
csv.register_dialect('semi', Semi)
print(csv.get_dialect('semi').delimiter)

class Bad(csv.Dialect):
    delimiter = 'xx'

try:
    Bad()
except csv.Error as e:
    print('Error', e)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.unix_dialect.quoting,
      repr(csv.excel_tab.delimiter))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
r = csv.reader([], dialect=csv.excel, delimiter=';')
print(r.dialect.delimiter, r.dialect.quotechar)
