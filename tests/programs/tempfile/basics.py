import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()))
print(os.path.isdir(tempfile.gettempdir()), tempfile.template)

d = tempfile.mkdtemp(prefix='demo_', suffix='_x')
name = os.path.basename(d)
print(os.path.isabs(d), os.path.isdir(d), name.startswith('demo_'), name.endswith('_x'), len(name))
print(oct(os.stat(d).st_mode & 0o777), os.listdir(d))

fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
print(type(fd).__name__, os.path.dirname(path) == d, path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'abc')
os.close(fd)
with open(path) as f:
    print(f.read())

with tempfile.NamedTemporaryFile(dir=d) as t:
    print(os.path.exists(t.name), os.path.dirname(t.name) == d, os.path.basename(t.name).startswith('tmp'))
    t.write(b'hello bytes')
    t.seek(0)
    print(t.read(), t.delete)
    kept = t.name
print(os.path.exists(kept))

with tempfile.NamedTemporaryFile('w+', suffix='.log', dir=d, delete=False) as t:
    t.write('line1\nline2\n')
    t.flush()
    kept = t.name
print(os.path.exists(kept), kept.endswith('.log'))
with open(kept) as f:
    print(f.read().split())
os.unlink(kept)

t = tempfile.NamedTemporaryFile(mode='w+t', dir=d)
t.write('text mode')
t.seek(0)
print(t.read())
n = t.name
t.close()
t.close()
print(os.path.exists(n))

with tempfile.TemporaryFile(dir=d) as tf:
    tf.write(b'anonymous')
    tf.seek(0)
    print(tf.read())
print(sorted(os.listdir(d)) == [os.path.basename(path)])

with tempfile.TemporaryDirectory(dir=d, prefix='td') as td:
    print(os.path.isdir(td), os.path.basename(td)[:2])
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f.txt'), 'w') as f:
        f.write('x')
print(os.path.exists(td))

tdo = tempfile.TemporaryDirectory(dir=d)
print(repr(tdo).startswith('<TemporaryDirectory '), os.path.isdir(tdo.name))
tdo.cleanup()
tdo.cleanup()
print(os.path.exists(tdo.name))

bd = tempfile.mkdtemp(dir=d.encode())
print(type(bd).__name__, os.path.isdir(bd))
os.rmdir(bd)
try:
    tempfile.mkdtemp(prefix=b'x', dir=d)
except TypeError as e:
    print(type(e).__name__, e)

os.unlink(path)
os.rmdir(d)
print(os.path.exists(d))
