# Pattern objects: attributes, repr, flags, equality, caching, module constants.
import re

p = re.compile(r'(?P<word>\w+)\s(\d+)', re.IGNORECASE | re.MULTILINE)
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(p.flags & re.I != 0, p.flags & re.S != 0)
print(repr(re.compile('a+')))
print(repr(re.compile('a+', re.S)))
print(repr(re.compile(b'a+', re.I)))
print(repr(re.compile('x', re.A | re.X)))
print(repr(re.compile('(?i)x')))
print(repr(re.compile("it's")))
print(repr(re.compile('a\nb')))
print(repr(re.compile('z' * 250)))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?s)a').flags)
print(re.compile('(?x) a b ').flags, re.compile('(?a)\\w').flags, re.compile('(?u)\\w').flags)
print(re.compile('a', re.U).flags)
print(re.I, re.M, re.S, re.X, re.A, re.U)
print(repr(re.IGNORECASE), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I | re.M, re.DOTALL | re.VERBOSE)
print(re.NOFLAG, int(re.NOFLAG))
print(re.I.name, re.M.value, (re.I | re.M).name)
print(isinstance(re.I, int), re.I == 2, re.I | 8 == 10)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == 'a')
print(re.compile('abc') is re.compile('abc'))
pp = re.compile('abc')
print(re.compile(pp) is pp)
re.purge()
print(re.compile('abc') == pp)
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l'))
print(re.escape('hello world-1_2#3&4~5'))
print(re.escape(b'a.b c'))
print(re.escape('email@example.com'))
print(re.escape('\t\n'))
lit = 'price: $5.00 (approx)'
print(re.search(re.escape(lit), 'the ' + lit + ' now').span())

for args in [(123,), ('a', 'x'), ]:
    try:
        re.compile(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(pp, re.I)
except ValueError as e:
    print('ValueError', e)
for pat, fl in [('a', re.A | re.U), (b'a', re.U), ('a', re.L)]:
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: re.search('a', 1), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
          lambda: re.findall(b'a', 'a'), lambda: re.match('a', None), lambda: re.sub('a', 'b', 3)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

p = re.compile(r'\d+')
print(p.search('abc 42'), p.match('abc 42'), p.match('abc 42', 4), p.fullmatch('42'))
print(p.findall('1 22 333'), p.split('a1b22c'), p.sub('N', 'a1b22'), p.subn('N', 'a1b22'))
print([m.group() for m in p.finditer('1 22 333')])
print(re.compile('(a)(b)(c)').groups, re.compile('(?:a)').groups, re.compile('(?P<x>a)|(?P<y>b)').groupindex)
print(re.error.__name__, issubclass(re.error, Exception))
print(re.compile('(?#comment)a').match('a'))
print(re.compile(r'a{2,3}b{,2}c{1}d{0,}').match('aaabbcd'))
print(re.compile(r'x{', re.X).match('x{'), re.compile(r'a{,}').match('a{,}'))
