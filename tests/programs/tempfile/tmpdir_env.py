import os
import tempfile

base = tempfile.mkdtemp()
os.environ['TMPDIR'] = base
tempfile.tempdir = None
print(tempfile.gettempdir() == base)
fd, p = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(p) == base, os.path.basename(p).startswith('tmp'))
d = tempfile.mkdtemp(suffix='.d')
print(os.path.dirname(d) == base, d.endswith('.d'))
with tempfile.TemporaryDirectory() as td:
    print(os.path.dirname(td) == base)
with tempfile.NamedTemporaryFile(prefix='pre-', suffix='.bin') as f:
    n = os.path.basename(f.name)
    print(os.path.dirname(f.name) == base, n[:4], n[-4:], len(n))
print(sorted(len(x) for x in os.listdir(base)))
tempfile.tempdir = os.path.join(base, 'missing')
try:
    tempfile.mkstemp()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
tempfile.tempdir = None
os.unlink(p)
os.rmdir(d)
os.rmdir(base)
del os.environ['TMPDIR']
print(os.path.exists(base))
