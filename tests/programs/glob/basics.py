import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)

def touch(p):
    d = os.path.dirname(p)
    if d:
        os.makedirs(d, exist_ok=True)
    open(p, 'w').close()

try:
    for p in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'data/1.csv', 'data/2.csv', 'data/x.json',
              'data/sub/3.csv', 'data/sub/deeper/4.csv', 'data/.secret/5.csv', 'img[1].png', 'q?.txt']:
        touch(p)
    os.makedirs('emptydir')

    def show(pat, **kw):
        print(repr(pat), kw if kw else '', sorted(glob.glob(pat, **kw)))

    show('*.txt')
    show('*')
    show('.*')
    show('?.py')
    show('[ab].txt')
    show('[!a].txt')
    show('data/*.csv')
    show('data/*/*.csv')
    show('*/*.csv')
    show('data/**/*.csv')
    show('data/**/*.csv', recursive=True)
    show('**/*.csv', recursive=True)
    show('**', recursive=True)
    show('data/**', recursive=True)
    show('data/**/', recursive=True)
    show('*/', )
    show('data/')
    show('nonexistent/*')
    show('a.txt')
    show('missing.txt')
    show('img[1].png')
    show(glob.escape('img[1].png'))
    show(glob.escape('q?.txt'))
    show('*.txt', include_hidden=True)
    show('**/*.csv', recursive=True, include_hidden=True)
    show('*.csv', root_dir='data')
    show('**/*.csv', root_dir='data', recursive=True)
    print(sorted(p[len(base):] for p in glob.glob(os.path.join(base, '*.py'))))
    print(sorted(p[len(base):] for p in glob.glob(os.path.join(base, 'data', '*', ''))))
    it = glob.iglob('data/*.csv')
    print(type(it).__name__ != 'list', sorted(it))
    print(glob.escape('a*b?c[d]'), glob.escape('plain'), glob.has_magic('a*'), glob.has_magic('abc'))
    print(sorted(glob.glob(b'*.py')))
finally:
    os.chdir(old)
    shutil.rmtree(base)
