# Flags (I, M, S, X, A), inline and scoped flags, lookahead/lookbehind, anchors, boundaries.
import re

text = 'First line\nsecond Line\nthird LINE'
print(re.findall(r'line', text), re.findall(r'line', text, re.I))
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S).group())
print(re.findall(r'(?im)^(\w+) line$', text))
print(re.match(r'(?s).*', 'a\nb').group() == 'a\nb')
print(re.match(r'(?i)HeLLo', 'hello').group())
print(re.match(r'(?i:H)ello', 'hello'), re.match(r'(?i:H)ello', 'hELLO'))
print(re.match(r'(?-i:H)ello', 'hELLO', re.I), re.match(r'(?-i:h)ello', 'hELLO', re.I).group())
print(re.findall(r'(?m:^x)|y$', 'x\nxy\ny'))
pat = re.compile(r'''
    (?P<int>\d+)     # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
    \s* [#] \s*      # a literal hash with spaces
''', re.X)
print(pat.match('3.14 # pi').groupdict(), pat.match('42#').groupdict())
print(re.match(r'a b c', 'abc', re.X), re.match(r'a\ b[ ]c', 'a b c', re.X).group())
print(re.findall(r'\w+', 'naïve café ß', re.A), re.findall(r'\w+', 'naïve café ß'))
print(re.findall(r'(?a)\d', '1٣2'), re.findall(r'\d', '1٣2'))
print(re.findall(r'\s', 'a\u00a0b\u2003c d', re.A), len(re.findall(r'\s', 'a\u00a0b\u2003c d')))
print(re.match('(?i)ß', 'ẞ') is not None, re.match('(?i)Σ', 'ς') is not None, re.match('(?i)é', 'É').group())
print(re.match('(?i)[a-z]+', 'ABCxyz').group(), re.match('(?ia)[^a-z]', 'K'))

print(re.findall(r'\w+(?=,)', 'a, b, c d, e'))
print(re.findall(r'\b\w+\b(?!,)', 'a, b, c d, e'))
print(re.findall(r'(?<=\$)\d+', 'cost $10 and $20, not 30'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $10 and $20, not 30'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567890 and 12345'))
print(re.search(r'(?<=ab|cd)e', 'xcde').span())
print(re.search(r'(?<=(a|b)c)d', 'bcd').groups())
print(re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abcdef'))
print(re.match(r'(?!un)\w+', 'undo'), re.match(r'(?!un)\w+', 'redo').group())
print(re.findall(r'q(?!u)', 'qatar quit iraq'))
print(re.findall(r'(?<=\b)\w', 'ab cd'))
print(re.match(r'(?=(\w+))\w', 'abc').groups())

print(re.findall(r'\bcat\b', 'cat concat cat. bobcat cats cat'))
print(re.findall(r'\Bcat\B', 'cat concats bobcat locate'))
print(re.search(r'\Aabc\Z', 'abc'), re.search(r'\Aabc\Z', 'abc\n'), re.search(r'^abc$', 'abc\n'))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'\Z', 'a\n'))
print(re.findall(r'^', 'a\nb\n', re.M), re.split(r'(?m)^', 'a\nb\nc'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'^$', ''), re.search(r'\B', 'ab c').span())
print(re.match(r'.', '\n'), re.match(r'.', '\n', re.S), re.findall(r'[^a]', 'a\nb'))
print(re.findall(r'(?x) \d+ | [a-z]+ ', 'ab12cd3'))
print(re.compile(r'(?i)(?m)^x').flags & (re.I | re.M) == re.I | re.M)
