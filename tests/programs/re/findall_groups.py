# findall/finditer with and without groups, positions, overlapping tricks.
import re

text = 'John: 555-1234, Jane: 555-9876, Bob: none, Alice: 555-0000'
print(re.findall(r'\d{3}-\d{4}', text))
print(re.findall(r'(\w+): (\d{3})-(\d{4})', text))
print(re.findall(r'(\w+): \d', text))
print(re.findall(r'(\w+)(?:: )(\d+)?', text))
for m in re.finditer(r'(?P<name>\w+): (?P<num>[\d-]+|none)', text):
    print(m.start(), m.end(), m.group('name'), m.group('num'), m.span('num'))

words = 'the quick brown fox jumps over the lazy dog'
print(re.findall(r'\b\w{5}\b', words))
print(re.findall(r'\b(\w)(\w*)\b', 'ab cd e'))
print(re.findall(r'o\w', words))
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.findall(r'(?=(aba))', 'abababa'))
print(re.findall('', 'abc'))
print(re.findall(r'\d*', 'a12b3'))
print(re.findall(r'[aeiou]', words))
print(len(re.findall(r'the', words)))
print(re.findall(r'(a)|(b)', 'abxba'))
print(re.findall(r'(a)(x)?', 'a ax'))
print([m.group() for m in re.finditer(r'\w+', 'a bb ccc')])
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([(m.start(), m.group()) for m in re.finditer(r'\d+', 'a1b22c333')])

p = re.compile(r'\w+')
print(p.findall('hello big world', 2))
print(p.findall('hello big world', 2, 9))
print(p.findall('hello big world', 0, -1))
print([m.group() for m in p.finditer('hello big world', 6, 12)])

csv_line = 'name,"Smith, John",42,"said ""hi""",'
fields = re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv_line)
print(fields)

log = '''2024-01-01 10:00:01 ERROR disk full
2024-01-01 10:00:05 INFO started
2024-01-02 11:30:00 WARNING cpu hot
2024-01-02 11:31:00 ERROR net down'''
for date, level, msg in re.findall(r'^(\S+) \S+ (ERROR|WARNING) (.*)$', log, re.M):
    print(date, level, msg)
counts = {}
for m in re.finditer(r'^\S+ \S+ (\w+)', log, re.MULTILINE):
    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
print(sorted(counts.items()))

html = '<a href="x.html">X</a> <a href=\'y.html\'>Y</a> <img src="z.png">'
print(re.findall(r'href=(["\'])(.*?)\1', html))
print(re.findall(r'<(\w+)', html))
print(re.findall(r'</?(\w+)[^>]*>', html))

it = re.finditer(r'\d', '1a2')
print(type(it).__name__ in ('callable_iterator', 'generator'))
print(next(it).group(), next(it).group())
try:
    next(it)
except StopIteration:
    print('StopIteration')
