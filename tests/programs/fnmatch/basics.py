import fnmatch

names = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'a.PY', '.env', 'x', 'data[1].csv',
         'data1.csv', 'dir/file.py', 'abc', 'a-c', 'a]c', 'a!c']
pats = ['*.py', 'test_*', '*.[mc]*', '?', '???', 'a[!b]c', 'a[]]c', 'a[!]]c', 'a[-]c', 'a[b-]c',
        '*', '.*', 'data[[]1].csv', 'data[0-9].csv', '*/*.py', '*[!y]', 'a[z-a]c', '[!z-a]bc',
        'a*c', '*a*c*', '[a-c]*', '*.PY', '[', 'a[', 'a[b']
for p in pats:
    print('%-15s %-30r %s' % (p, fnmatch.translate(p), fnmatch.filter(names, p)))

print(fnmatch.fnmatch('file.TXT', '*.txt'), fnmatch.fnmatchcase('file.TXT', '*.TXT'))
print(fnmatch.fnmatch('a/b', 'a*'), fnmatch.fnmatch('', '*'), fnmatch.fnmatch('', '?'))
print(fnmatch.fnmatch('x\ny', 'x?y'), fnmatch.fnmatch('abc\n', 'abc'), fnmatch.fnmatch('aaa', '*a*a*a*'))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'a', b'b'], b'[a]'))
long_name = 'a' * 60 + 'b'
print(fnmatch.fnmatch(long_name, '*a*a*a*a*a*a*a*a*c'), fnmatch.fnmatch(long_name, '*a*a*a*b'))
for bad in [(b'x', '*'), ('x', b'*')]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
for p in ['[a-c-e]', '[z-a]', '[a&&b]', '[~x]', '[a||b]', '[^x]', '[a--c]', '[\\]', '[!-a]', 'x.y+z{1}$ #']:
    print(repr(p), repr(fnmatch.translate(p)),
          [c for c in 'abcdexz-&~|^\\!.{' if fnmatch.fnmatchcase(c, p)])
