import csv
import io

text = '''name,age,city
Alice,30,"New York, NY"
Bob,25,"He said ""hi"""
"Multi
line",1,x

Carol,,end
'''
for row in csv.reader(io.StringIO(text, newline='')):
    print(row)

r = csv.reader(io.StringIO(text, newline=''))
print(next(r), r.line_num)
print(next(r), r.line_num)
rows = list(r)
print(len(rows), r.line_num)

print(list(csv.reader(['a;b;c', '1;2;3'], delimiter=';')))
print(list(csv.reader(['a\tb', 'c\td'], dialect='excel-tab')))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['a, b,  c'])))
print(list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"3",-4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,b\r\n', 'c,d\n', 'e,f\r'])))
print(list(csv.reader(['', 'x', ',', ',,'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['"abc"def,g'])))
print(list(csv.reader(['a,"b\n', 'c",d\n'])))
print(list(csv.reader(['a|b|c'], delimiter='|')))

errors = [
    (['"ab"c,d'], dict(strict=True)),
    (['"ab'], dict(strict=True)),
    (['a"b,c\rd'], {}),
    ([b'bytes'], {}),
    (['1,x'], dict(quoting=csv.QUOTE_NONNUMERIC)),
]
for data, kw in errors:
    try:
        print(list(csv.reader(data, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)

bad_params = [dict(delimiter='ab'), dict(delimiter=5), dict(quotechar='ab'), dict(quotechar=5),
              dict(lineterminator=5), dict(quoting=9), dict(quoting='x'), dict(escapechar='ab'),
              dict(foo=1), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter=None)]
for kw in bad_params:
    try:
        csv.reader([], **kw)
        print('ok', kw)
    except TypeError as e:
        print('TypeError', e)
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)
r = csv.reader([], quotechar=None)
print(r.dialect.quoting, r.dialect.quotechar)

old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
try:
    print(list(csv.reader(['short,' + 'x' * 20])))
except csv.Error as e:
    print('Error', e)
try:
    print(list(csv.reader(['"quoted,' + 'x' * 20 + '"'])))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(old)
try:
    csv.field_size_limit('x')
except TypeError as e:
    print('TypeError', e)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
