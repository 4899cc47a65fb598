# FutureWarnings for class syntax that may change meaning (nested sets, set operations).
import os
import re
import warnings

patterns = ['[[a]', '[a[]', '[[:alpha:]]', '[x&&b]', '[x||b]', '[x~~b]', '[--a]', '[a-]',
            '[[]', '[\\[a]', '[^[a]', '[&&a]', '[a-z--]', '[---]', '[x-y&&b]', '[a-z]']
for p in patterns:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            rx = re.compile(p)
            result = rx.findall('a[b-&x]')
        except re.error as e:
            result = 'error: %s' % e
    print(repr(p), result)
    for w in caught:
        print('   ', w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)

def helper():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        re.search('[[x]', 'x')
    return [(str(w.message), os.path.basename(w.filename), w.lineno) for w in caught]

print(helper())
re.purge()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.compile('[a||b]')
    re.compile('[a||b]')
print(len(caught), [str(w.message) for w in caught])
