# re.error messages, positions, line/column for bad patterns.
import re

patterns = [
    '(abc', 'abc)', '*abc', 'a**', 'a++b+++', 'x{2}{3}', '[abc', '[]', '\\q', '[z-a]', '[a-\\d]',
    '(?P<1x>a)', '(?P<a>x)(?P<a>y)', '(?P=missing)', '(a)\\2', '(a\\1)', 'a{5,2}',
    '(?#unterminated', '(?P<name', '(?', '(?i', 'a(?i)b', '\\x4', '\\u12g', '\\', 'a|*',
    '(?z)', '(?i-i:a)', '(?-i)', 'x(?(2)a|b)', '(a)(?(1)a|b|c)', '(?<=a+)b', '(?<!ab|c)d',
    '\\400', '(?P<>a)', '(?P', 'a\nb\n)c', '((a)', '^*', '(?<x>a)', '(?L)a', '[a-', '\\8',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
        print('   msg=%r pos=%r lineno=%r colno=%r' % (e.msg, e.pos, e.lineno, e.colno))
        print('   pattern is p:', e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

try:
    re.compile(b'(ab')
except re.error as e:
    print(e, e.pattern)
try:
    re.search('a{2', 'a{2')
    print('literal brace ok')
except re.error as e:
    print(e)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)

def safe_compile(p):
    try:
        return re.compile(p)
    except re.error as err:
        return 'invalid pattern: %s' % err.msg

print(safe_compile('[0-9]+'))
print(safe_compile('[0-9+'))
print(isinstance(re.error('x'), Exception), str(re.error('boom')), re.error('boom').pos)
e = re.error('msg', 'abc', 1)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(re.error.__module__)
