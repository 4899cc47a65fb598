import os
import shutil
import tempfile

d = tempfile.mkdtemp()
plain = os.path.join(d, 'notexec')
with open(plain, 'w') as f:
    f.write('data\n')
os.mkdir(os.path.join(d, 'adir'))

print(shutil.which('sh', path='/bin'))
print(shutil.which('sh', path=d + os.pathsep + '/bin'))
print(shutil.which('/bin/sh'))
print(shutil.which('no_such_program_zz'))
print(shutil.which('notexec', path=d), shutil.which('adir', path=d))
print(shutil.which('notexec', mode=os.F_OK, path=d) == plain)
print(shutil.which('sh', path=''))
saved = os.environ.get('PATH')
os.environ['PATH'] = '/bin'
print(shutil.which('sh'))
os.environ['PATH'] = saved

for k in ('COLUMNS', 'LINES'):
    os.environ.pop(k, None)
print(shutil.get_terminal_size())
print(shutil.get_terminal_size((100, 40)))
os.environ['COLUMNS'] = '132'
sz = shutil.get_terminal_size()
print(sz, sz.columns, sz.lines, sz[0], tuple(sz))
os.environ['LINES'] = '50'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'junk'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']

print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
f = shutil.ignore_patterns('*.tmp', '.git')
print(sorted(f('/x', ['a.tmp', 'b.py', '.git', 'c.tmp.py'])))
shutil.rmtree(d)
print(os.path.exists(d))
