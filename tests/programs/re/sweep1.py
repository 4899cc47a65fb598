# Many small re calls, each printed with its result (a broad semantic sweep, part 1).
import re

EXPRS = r"""
R.match('(?i)straße', 'STRASSE')
R.match('(?i)ſ', 'S')
R.match('(?i)s', 'ſ')
R.match('(?i)[a-z]+', 'ſK')
R.match('(?i)k', '\u212a')
R.findall(r'\w+', 'héllo wörld ٣٤ 日本')
R.findall(r'\d', '1٣²')
R.findall(r'(?a)\w+', 'héllo')
R.findall(rb'\w+', b'h\xe9llo')
R.findall(rb'(?i)\xe9', b'\xc9')
R.findall('(?i)\xe9', '\xc9')
R.findall(rb'[a-z]+', b'ab12cd')
R.sub(rb'(\w)', rb'[\1]', b'ab')
R.split(rb',', b'a,b')
R.escape('a.b*c d')
R.escape(b'a.b')
R.escape('a-b_c#~&')
R.compile('(?x) a b # c').match('ab')
R.compile('(?x)\n   \\d+  # digits\n   [ ]x').match('12 x')
R.compile(r'[\s\S]+').match('a\nb')
R.match(r'\x41\u0042\U00000043\101\0', 'ABCA\x00')
R.match(r'[\x41-\x43]+', 'ABCD')
R.match('a{,2}', 'aaa')
R.match('a{', 'a{')
R.match('a{1', 'a{1')
R.match('a{x}', 'a{x}')
R.match('a{1,x}', 'a{1,x}')
R.search('$', 'ab\n')
R.findall('$', 'ab\n')
R.findall('(?m)$', 'a\nb\n')
R.findall(r'\Z', 'ab\n')
R.compile('a').search('xxa', 1, 2)
R.compile('a').search('xxa', 1, 3)
R.compile('^a').search('ba', 1)
R.compile('(?m)^a').search('ba', 1)
R.compile(r'(?<=b)a').search('ba', 1)
R.compile('a$').search('ab', 0, 1)
R.compile(r'\w+').findall('hello world', 2, 8)
R.compile('(a)(b)?').match('a').groups('x')
R.compile('(?P<x>a)(?P<y>b)?').match('a').groupdict()
R.compile('(?P<x>a)(?P<y>b)?').match('a').groupdict(0)
R.compile('(?P<x>a)(?P<y>b)?').match('a').lastgroup
R.compile('(?P<x>a)(?P<y>b)').match('ab').lastgroup
R.compile('(a)(b)').match('ab').regs
R.compile('(a)(b)').match('ab').span(2)
R.compile('(a)(b)?').match('a').span(2)
R.compile('(a)(b)').match('ab')[2]
R.compile('(a)(b)').match('ab').group(0, 1, 2)
R.compile('(?P<x>a)(b)').match('ab').expand(r'\2-\g<x>-\g<0>')
R.compile('(?P<x>a)').match('a').group('x')
R.sub('a', r'\n', 'bab')
R.sub('(a)|b', r'[\1]', 'ab')
R.subn('a', 'x', 'aaa', 2)
R.sub('a', 'x', 'aaa', count=1)
R.split(',', 'a,b,c', 1)
R.split(',', 'a,b,c', maxsplit=-1)
R.split('(,)|(;)', 'a,b;c')
R.split(r'\b', 'ab cd')
R.split('', 'abc')
R.findall('', 'abc')
R.sub('', '-', 'abc')
R.sub('(?=b)', '-', 'abc')
R.findall(r'\b\w', 'ab cd')
R.findall('a|ab', 'ab')
R.findall('(a)|(b)', 'ab')
R.fullmatch('a*', 'aaa')
R.fullmatch('a*?', 'aaa')
R.fullmatch('(a|ab)(c|bcd)', 'abcd')
R.match(r'(a)\1', 'aa')
R.match(r'(?i)(a)\1', 'aA')
R.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" x')
R.match(r'(\d+)-(?(1)\d+|x)', '12-34')
R.match(r'(a)?(?(1)b|c)', 'c')
R.match(r'(?>a+)b', 'aaab')
R.match(r'(?>a+)a', 'aaa')
R.match(r'a++a', 'aaa')
R.match(r'a*+b', 'aab')
R.match('(?s).+', 'a\nb')
R.match('.+', 'a\nb')
R.match(r'(?i:A)b', 'aB')
R.match(r'(?i:A)b', 'ab')
R.match(r'(?-i:A)b', 'aB', R.I)
R.compile('(?i)a').flags
R.compile('(?ms)a').flags
R.compile('a', R.I | R.M).flags
R.compile('a', R.X).flags
repr(R.compile('a' * 300))
repr(R.compile('a\nb', R.M | R.X | R.A))
"""

def show(r):
    if isinstance(r, re.Match):
        return 'Match%r %r' % (r.span(), r.groups())
    if isinstance(r, re.Pattern):
        return repr(r)
    return repr(r)

for line in EXPRS.strip().split('\n'):
    try:
        r = eval(line, {'R': re})
        print(line, '=>', show(r))
    except Exception as e:
        print(line, '=>', type(e).__name__, e)
