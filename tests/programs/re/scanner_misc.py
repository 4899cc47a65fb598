# re.Scanner, Pattern.scanner, typing-style subscripts, pickling/copying of patterns.
import copy
import pickle
import re

def s_ident(scanner, token):
    return ('ID', token)

def s_operator(scanner, token):
    return ('OP', token)

def s_float(scanner, token):
    return ('FLOAT', float(token))

def s_int(scanner, token):
    return ('INT', int(token))

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+\.\d*', s_float),
    (r'\d+', s_int),
    (r'=|\+|-|\*|/', s_operator),
    (r'\s+', None),
])
print(scanner.scan('sum = 3*foo + 312.50 + bar'))
print(scanner.scan('x = 1 $ y'))
print(scanner.scan(''))

sc = re.Scanner([(r'(a)(b)', lambda s, t: ('AB', t, s.match.group(2))), (r'c', 'C'), (r'.', None)])
print(sc.scan('abcxab'))

p = re.compile(r'\d+')
s = p.scanner('a12b345')
print(s.search().group(), s.search().group(), s.search())
s = p.scanner('12b345')
print(s.match().group(), s.match())
s = re.compile('x*').scanner('axx')
print([s.search().span() for _ in range(3)])

print(re.Pattern[str], re.Match[bytes])
q = re.compile(r'(?P<n>\d+)', re.I)
q2 = pickle.loads(pickle.dumps(q))
print(q2 == q, q2.pattern, q2.flags, q2.groupindex['n'])
print(copy.copy(q) is q, copy.deepcopy(q) is q)
print(q.match('42').group('n'), hash(q) == hash(re.compile(r'(?P<n>\d+)', re.I)))

d = {re.compile('a'): 1}
print(d[re.compile('a')])
print(sorted(n for n in dir(re) if not n.startswith('_') and n.isupper()))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'))
print(re.sub(r'(?<!\\)\$(\w+)', lambda m: {'x': '1'}.get(m.group(1), '?'), r'$x + \$y + $z'))
