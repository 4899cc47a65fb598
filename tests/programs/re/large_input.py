# Larger inputs: long subjects, many matches, deep repetition without recursion limits.
import re

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
text = ' '.join(words[i % len(words)] + str(i) for i in range(4000))
print(len(text))
print(len(re.findall(r'\w+', text)), len(re.findall(r'\d+', text)))
print(re.search(r'\btheta3999\b', text).span())
print(re.search(r'omega', text))
print(len(re.split(r'\s+', text)), re.split(r'\s+', text)[-1])
r, n = re.subn(r'(\D+)(\d+)', r'\2\1', text)
print(n, r[:40], r[-20:])
print(sum(int(x) for x in re.findall(r'\d+', text)))
print(len(re.findall(r'a\w*a', text)), re.findall(r'\b(\w)\w*\1\b', text)[:5])
counts = {}
for m in re.finditer(r'([a-z]+)\d+', text):
    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
print(sorted(counts.items()))

long_a = 'a' * 20000
print(re.match(r'a*', long_a).end(), re.match(r'(?:a)*', long_a).end(), re.match(r'(a)*', long_a).span(1))
print(re.match(r'(?:a|b)*$', long_a).end(), re.match(r'(a|b)+', long_a).span(1))
print(re.match(r'a*?$', long_a).end(), re.match(r'(?:aa)*?$', long_a).end())
print(re.fullmatch(r'(?:a+b?)+', long_a) is not None, re.search(r'a$', long_a).start())
print(re.match(r'(a+)+', long_a).span(1), re.match(r'((a)(a))*', long_a).span(3))
print(len(re.findall(r'a', long_a)), len(re.findall(r'aa', long_a)), len(re.sub('a', 'bb', long_a)))
print(re.match(r'.*b', long_a), re.match(r'.*?b', long_a + 'b').end())
lines = '\n'.join('line %d: %s' % (i, 'ok' if i % 7 else 'FAIL') for i in range(3000))
fails = re.findall(r'^line (\d+): FAIL$', lines, re.M)
print(len(fails), fails[:3], fails[-1])
print(len(re.findall(r'(?m)^line \d*7:', lines)))
csv = '\n'.join(','.join(str(i * j) for j in range(10)) for i in range(500))
rows = [re.split(',', line) for line in re.findall(r'[^\n]+', csv)]
print(len(rows), rows[-1])
nested = '(' * 200 + ')' * 200
print(re.fullmatch(r'[()]+', nested) is not None, len(re.findall(r'\(\)', nested)))
