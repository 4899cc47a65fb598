# Many small re calls, each printed with its result (a broad semantic sweep, part 2).
import re

EXPRS = r"""
repr(R.compile('(?i)x'))
repr(R.I | R.X | R.S)
repr(R.NOFLAG)
R.I.name, R.I.value, (R.I|R.M).name
repr(R.match('(a)', 'a'))
repr(R.match(b'(a)', b'a'))
repr(R.search('x*', 'abc'))
R.compile('a') == R.compile('a')
R.compile('(?P<a>x)(?P<b>y)').groupindex
R.compile('(a)(b)(c)').groups
R.compile(r'(?<=ab|cd)x').search('cdx')
R.compile(r'(?<=a\d)x').search('a1x')
R.compile(r'(?<=\bfoo)x').search('foox')
R.compile(r'(?!a)\w').findall('abc')
R.compile(r'(?=(\w+))').findall('abc')
R.findall(r'(?<=(a))b', 'ab')
R.match(r'(?=(a))a', 'a').groups()
R.match(r'(?!(a))b', 'b').groups()
R.match(r'\(\)\[\]\{\}\.\*\+\?\^\$\|\\', '()[]{}.*+?^$|\\')
R.match(r'[]a]+', ']a]')
R.match(r'[^]a]+', 'bc]')
R.match(r'[a-]+', 'a-a')
R.match(r'[-a]+', '-a')
R.match(r'[\]]+', ']]')
R.match(r'[\w\-.]+', 'a-b.c!')
R.match(r'[.]+', '..a')
R.match(r'[\b]', '\b')
R.match(r'[\d\s]+', '1 2\t3x')
R.match(r'[^\W\d]+', 'ab1')
R.findall(r'[^\d\s]+', 'ab 12 cd')
R.match(r'(?i)[^a]', 'A')
R.match(r'(?i)[^a-z]', 'Q')
R.findall(r'(?i)[K]', 'k\u212aK')
R.match('(?u)a', 'a')
R.findall('a.c', 'abc a\nc')
R.search(r'^$', '')
R.findall(r'^', 'a\nb', R.M)
R.findall(r'\B', 'ab c')
R.search(r'x{2,3}?', 'xxxx')
R.search(r'x{0}y', 'xy')
R.search(r'(?:x{0})+y', 'xy')
R.findall(r'(a|b)*', 'abab')
R.findall(r'(a|b)*?c', 'abc')
R.match(r'((a)|b)+', 'ab').groups()
R.match(r'(a|(b))+', 'ab').groups()
R.match(r'(?:(a)|(b))+', 'ab').groups()
R.match(r'(a*)+', 'b').groups()
R.match(r'(a*)*', 'aa').groups()
R.match(r'(a*)+?b', 'aab').groups()
R.match(r'(a|)+b', 'aab').groups()
R.match(r'(?:a|())+b', 'aab').groups()
R.match(r'(\w+?)(\d*)$', 'abc123').groups()
R.match(r'(.*?)(\d+)(.*)', 'ab12cd').groups()
R.match(r'(.*)(\d+)(.*)', 'ab12cd').groups()
R.match(r'(\d{3})-(\d{3})-(\d{4})', '555-123-4567').groups()
R.match(r'^[\w.+-]+@[\w-]+\.[\w.-]+$', 'john.doe+x@mail.example.com')
R.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', '2024-01-15').groups()
R.findall(r'\b[A-Z][a-z]+\b', 'Hello World and Python')
R.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world')
R.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333')
R.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith')
R.sub(r'\s+', ' ', '  a   b  ').strip()
R.sub('a', '\\\\', 'bab')
R.sub('a', r'\\', 'bab')
R.sub('a', r'\-', 'bab')
R.sub('(a)', r'\g<1>0', 'a')
R.sub('(a)', r'\10', 'a')
R.sub(b'a', b'\\n', b'bab')
R.subn(r'x*', '-', 'abc')
R.sub('x*', '-', '')
R.split('x*', '')
R.split('x', '')
R.findall('x*', '')
R.split(r'(?:,)', 'a,,b')
R.split(r'\s*', ' a b ')
R.compile('a|b|c').search('zzc')
R.compile('ab|ac').search('zzac')
R.compile('[abc]x').search('zzcx')
R.search(r'\d+', 'abc 123 def')
R.search('(?i)hello', 'say HELLO')
R.search(r'colou?r', 'The colour red')
R.findall(r'\$\d+(?:\.\d\d)?', 'cost $10.50 or $3')
R.findall(r'<(\w+)[^>]*>', '<a href="x"><b>')
R.findall(r'(\w)\1', 'aabbcd')
R.match(r'(?P<a>a)(?P<b>b)(?P<c>c)?', 'ab').lastindex
R.match(r'(a)|(b)', 'b').lastindex
R.match(r'(?:a)', 'a').lastindex
R.match(r'((a)|(b))*', 'ab').lastindex
R.match(r'(a)(?=(b))', 'ab').lastindex
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
