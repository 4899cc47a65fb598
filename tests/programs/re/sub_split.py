# sub/subn with templates and functions, split with groups and maxsplit, empty matches.
import re

print(re.sub(r'\s+', ' ', '  many   spaces\there  '))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', r'\g<d>/\g<m>/\g<y>', 'on 2024-03-07 and 1999-12-31'))
print(re.sub(r'(\d)', r'<\g<1>0>', 'a1b2'))
print(re.sub(r'a', r'\n', 'bab') == 'b\nb')
print(re.sub(r'a', r'\\', 'bab'))
print(re.sub(r'a', '\\\\n', 'bab'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.sub('(?=b)', '^', 'abcb'))
print(re.sub('a|(b)', r'[\1]', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) ** 2), 'x=3, y=12, z=0'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language'))
print(re.sub(r'(\w+)', lambda m: m.group(1)[::-1], 'hello world'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.sub('a', 'o', 'banana', 2))
print(re.sub('a', 'o', 'banana', count=1))
print(re.subn('a', 'o', 'banana'))
print(re.subn(r'\d', '#', 'no digits'))
print(re.subn('x*', '-', 'abc'))
print(re.sub('(?i)cat', 'dog', 'Cat CAT cat'))
print(re.sub('cat', 'dog', 'Cat CAT cat', flags=re.I))
print(re.sub(r'^', '> ', 'line1\nline2\nline3', flags=re.M))
print(re.sub(r'$', ';', 'a\nb\n', flags=re.M))
print(re.sub(r'(?m)\s+$', '', 'trail  \nspaces\t\n'))

def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()

for n in ['CamelCase', 'getHTTPResponseCode', 'already_snake', 'HTMLParser', 'x']:
    print(n, camel_to_snake(n))

def snake_to_camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)

print(snake_to_camel('this_is_snake_case'))

template = 'Hello {name}, you are {age} years old. {unknown}'
values = {'name': 'Ann', 'age': 30}
print(re.sub(r'\{(\w+)\}', lambda m: str(values.get(m.group(1), m.group(0))), template))

print(re.split(r'\s+', 'a b   c\td'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(',', 'a,b,c,d', maxsplit=2))
print(re.split(',', 'a,b,c,d', 1))
print(re.split(',', ''))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'hello world'))
print(re.split('', 'abc'))
print(re.split(r'(\s)*', 'a b'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'\n', 'l1\nl2\n'))
p = re.compile(r'\d')
print(p.split('a1b2c3'), p.sub('#', 'a1b2'), p.subn('#', 'a1b2', 1))
for bad in [r'\3', r'\g<name>', r'\g<1', r'\q', '\\']:
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError', e)
