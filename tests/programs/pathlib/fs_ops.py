import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
print(base.is_absolute(), base.is_dir(), base.exists())
old = os.getcwd()
os.chdir(base)
try:
    root = Path('proj')
    root.mkdir()
    (root / 'src' / 'pkg').mkdir(parents=True)
    (root / 'src' / 'pkg').mkdir(parents=True, exist_ok=True)
    try:
        root.mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        Path('x/y/z').mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    f = root / 'README.md'
    print(f.write_text('hello\nworld\n'))
    print(repr(f.read_text()), f.read_bytes())
    print((root / 'data.bin').write_bytes(b'\x00\x01\x02'))
    print((root / 'data.bin').read_bytes(), (root / 'data.bin').stat().st_size)
    (root / 'src' / 'pkg' / '__init__.py').touch()
    (root / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
    (root / 'src' / 'main.py').write_text('print(1)\n')
    (root / '.hidden').write_text('')
    print(f.exists(), f.is_file(), f.is_dir(), root.is_dir(), (root / 'nope').exists(), (root / 'nope').is_file())

    with f.open('a') as fh:
        fh.write('more\n')
    with f.open() as fh:
        print([line.rstrip() for line in fh])

    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p) for p in root.glob('*.md')))
    print(sorted(str(p) for p in root.glob('*')))
    print(sorted(str(p) for p in root.glob('**/*.py')))
    print(sorted(str(p) for p in root.rglob('*.py')))
    print(sorted(str(p) for p in root.glob('src/*/')))
    print(sorted(str(p) for p in root.glob('**')))
    print(sorted(str(p) for p in root.glob('src/pkg/mod.py')), list(root.glob('missing/*.py')))
    print(sorted(str(p) for p in root.glob('*/p?g')), sorted(str(p) for p in root.glob('[rs]*')))
    for bad in ['', '/abs/*', 'a**']:
        try:
            list(root.glob(bad))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)

    g = root / 'data.bin'
    h = g.rename(root / 'data2.bin')
    print(repr(h), g.exists(), h.exists())
    h2 = h.replace(root / 'data3.bin')
    print(repr(h2), sorted(p.name for p in root.iterdir()))
    print(h2.samefile(str(root / 'data3.bin')), h2.samefile(f))
    h2.unlink()
    h2.unlink(missing_ok=True)
    try:
        h2.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        h2.read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        f.write_text(b'x')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.write_bytes('x')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Path('tnew').touch(exist_ok=False)
        Path('tnew').touch(exist_ok=False)
    except FileExistsError as e:
        print(type(e).__name__, e)
    e = Path('empty')
    e.mkdir()
    e.rmdir()
    print(e.exists())
    try:
        root.rmdir()
    except OSError as err:
        print(type(err).__name__, err)

    print(Path('proj/src/../README.md').resolve() == (base / 'proj/README.md').resolve())
    print(Path('proj').absolute() == Path.cwd() / 'proj', Path.cwd().samefile(base))
    print(Path('proj/./src').absolute().relative_to(Path.cwd()))
    home = os.environ.get('HOME')
    os.environ['HOME'] = '/home/someone'
    print(Path('~/x').expanduser(), Path('~').expanduser(), Path('a/~').expanduser(), Path.home())
    if home is not None:
        os.environ['HOME'] = home
finally:
    os.chdir(old)
    import shutil
    shutil.rmtree(base)
print(base.exists())
