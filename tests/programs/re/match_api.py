# The Match object API: group/groups/groupdict/start/end/span/expand/lastindex/lastgroup/repr.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<suffix> Jr\.)?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2), m.group('first', 'last', 0))
print(m['first'], m[2], m[0])
print(m.groups(), m.groups('n/a'))
print(m.groupdict(), m.groupdict(''))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('suffix'))
print(m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string)
print(m.re.pattern, m.re.groups, sorted(m.re.groupindex.items()))
print(m.regs)
print(m.expand(r'\2, \1'), m.expand(r'\g<last>-\g<first>-\g<0>'), repr(m.expand(r'[\g<suffix>]')))
print(bool(m))

for bad in [5, 'nope', -1, 1.5]:
    for meth in ('group', 'start', 'span'):
        try:
            getattr(m, meth)(bad)
        except IndexError as e:
            print(meth, repr(bad), 'IndexError', e)
try:
    m[9]
except IndexError as e:
    print('getitem IndexError', e)

print(re.match('a', 'abc'))
print(re.search('b+', 'abbbc'))
print(re.search(r'\d*', 'abc'))
print(re.match(b'ab', b'abc'))
print(re.match(r"'", "'x"))
print(re.match('"', '"x'))
print(re.match(r'.*', 'a\'b"c'))
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|(b)', 'b').groups())
print(re.match('((a)(b))', 'ab').lastindex)
print(re.match('(a)((b))', 'ab').lastindex)
print(re.match('(?:a)', 'a').lastindex, re.match('(?:a)', 'a').lastgroup)
print(re.match('(?P<x>a)(b)', 'ab').lastgroup)
print(re.match('(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(re.match('(a)*', 'aaa').span(1))
print(re.match('(a)*', 'b').span(1))
print(re.match('(a*)', 'b').span(1))

p = re.compile(r'(\d+)\.(\d+)')
m = p.search('version 3.11 and 2.7', 5)
print(m, m.pos, m.endpos)
m = p.search('version 3.11 and 2.7', 12)
print(m, m.pos, m.endpos)
print(p.search('version 3.11 and 2.7', 0, 10))
print(p.match('3.11', 0, 3))
print(p.fullmatch('3.11'), p.fullmatch('3.11x'), p.fullmatch('x3.11x', 1, 5))
print(p.match('   3.14', 3))
m = re.compile('a').search('xxa', -10, 100)
print(m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1))
print(re.compile(r'\Ba').search('ba', 1), re.compile(r'(?<=b)a').search('ba', 1))
print(re.compile('a$').search('ab', 0, 1))

class Sub(str):
    pass
m = re.match(r'\w+', Sub('hello'))
print(m.group(), type(m.string).__name__)

m = re.search(r'(?P<key>\w+)=(?P<value>\w*)', 'config: debug=true')
print('{key} -> {value}'.format(**m.groupdict()))
d = {k: v.upper() for k, v in m.groupdict().items()}
print(sorted(d.items()))

import copy
m = re.match('a', 'a')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(m).__name__, type(re.compile('a')).__name__)
print(re.Match is type(m), re.Pattern is type(re.compile('x')))
