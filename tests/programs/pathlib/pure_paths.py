from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath('/usr/lib/python3.11/json/__init__.py')
print(p, repr(p))
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parent.parent.name)
print(p.parts)
print(p.anchor, p.root, repr(p.drive), p.is_absolute())
print(list(p.parents)[:3], len(p.parents), p.parents[-1])
print(p.parents[1:3], repr(p.parents))
try:
    p.parents[10]
except IndexError as e:
    print(type(e).__name__, e)

for s in ['', '.', '..', 'a//b/./c/', '//net/x', '///x', 'a/../b', '.bashrc', 'a.', 'x.tar.gz', '/']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), q.parts)

print(PurePath('a', 'b/c', PurePosixPath('d')), PurePath('a', '/b', 'c'))
print(type(PurePath('x')).__name__, type(Path('x')).__name__)
q = PurePosixPath('src')
print(q / 'pkg' / 'mod.py', 'root' / q, q.joinpath('a', 'b'), q / PurePosixPath('/abs'))
print(q.with_name('lib'), PurePosixPath('a/b.py').with_suffix('.txt'), PurePosixPath('a/b.py').with_suffix(''))
print(PurePosixPath('a/b.tar.gz').with_stem('c'), PurePosixPath('README').with_suffix('.md'))
print(PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b/c').relative_to('/', 'a', 'b'))
print(PurePosixPath('a/b').relative_to(''), PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'))
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b.py').match('a/*.py'), PurePosixPath('a/b.py').match('/*.py'))
print(PurePosixPath('/a/b.py').match('/a/*.py'), PurePosixPath('x/a/b.py').match('b/*.py'), PurePosixPath('b.PY').match('*.py'))
print(PurePosixPath('/a b/c%d').as_uri(), PurePosixPath('/x/y').as_posix(), bytes(PurePosixPath('/x')))

# equality, hashing, ordering
print(PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') == 'a', PurePosixPath('a') != PurePosixPath('A'))
print(PurePath('a') == Path('a'), len({PurePosixPath('a'), PurePosixPath('a/'), PurePosixPath('./a')}))
print(sorted([PurePosixPath('b'), PurePosixPath('/z'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'), max(PurePosixPath('x'), PurePosixPath('y')))
d = {PurePosixPath('k'): 1}
print(d[PurePosixPath('./k')])

def err(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

err(PurePosixPath('a/b').relative_to, 'c')
err(PurePosixPath('/a/b').relative_to, 'a')
err(PurePosixPath('/a').relative_to, '')
err(PurePosixPath('a').relative_to)
err(PurePosixPath('a').with_name, '')
err(PurePosixPath('a').with_name, 'x/y')
err(PurePosixPath('').with_name, 'x')
err(PurePosixPath('/').with_suffix, '.x')
err(PurePosixPath('a').with_suffix, 'x')
err(PurePosixPath('a').with_suffix, '.')
err(PurePosixPath('a').with_suffix, './x')
err(PurePosixPath('a').match, '')
err(PurePosixPath, 3)
err(PurePosixPath, b'x')
err(lambda: PurePosixPath('a') / 3)
err(lambda: 3 / PurePosixPath('a'))
err(lambda: PurePosixPath('a') < 'b')
err(PurePosixPath('a').as_uri)
err(lambda: PurePosixPath('/a').parents[-3])
import os
print(os.fspath(PurePosixPath('a/b')), str(PurePosixPath('a', '')), os.path.join(PurePosixPath('x'), 'y'))

class MyPath(PurePosixPath):
    def shout(self):
        return str(self).upper()

m = MyPath('a/b')
print(repr(m), m.shout(), type(m.parent).__name__, type(m / 'c').__name__)
