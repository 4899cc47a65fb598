import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)

def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for f in sorted(filenames):
            out.append(os.path.join(dirpath, f))
        out.append(dirpath + '/')
    return sorted(out)

def write(path, text):
    with open(path, 'w') as f:
        f.write(text)

def read(path):
    with open(path) as f:
        return f.read()

try:
    os.makedirs('src/sub/deep')
    write('src/a.txt', 'A' * 100000)
    write('src/b.py', 'print("b")\n')
    write('src/sub/c.txt', 'C')
    write('src/sub/deep/d.pyc', 'D')
    print(shutil.copyfile('src/a.txt', 'a_copy.txt'), len(read('a_copy.txt')))
    os.mkdir('dest')
    print(shutil.copy('src/b.py', 'dest'), read('dest/b.py'), end='')
    print(shutil.copy2('src/sub/c.txt', 'dest/c2.txt'), read('dest/c2.txt'))
    print(os.stat('dest/c2.txt').st_mtime == os.stat('src/sub/c.txt').st_mtime)
    try:
        shutil.copyfile('src/a.txt', 'src/a.txt')
    except shutil.SameFileError as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    try:
        shutil.copyfile('missing.txt', 'x.txt')
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    print(shutil.copytree('src', 'copy1'))
    print(tree('copy1'))
    shutil.copytree('src', 'copy2', ignore=shutil.ignore_patterns('*.pyc', 'b*'))
    print(tree('copy2'))
    try:
        shutil.copytree('src', 'copy2')
    except FileExistsError as e:
        print(type(e).__name__, e)
    shutil.copytree('src', 'copy2', dirs_exist_ok=True)
    print(tree('copy2'))
    seen = []
    def ign(path, names):
        seen.append((path, sorted(names)))
        return {'deep'}
    shutil.copytree('src', 'copy3', ignore=ign)
    print(seen)
    print(tree('copy3'))

    print(shutil.move('copy3', 'moved'), os.path.exists('copy3'), tree('moved'))
    print(shutil.move('a_copy.txt', 'dest'), sorted(os.listdir('dest')))
    print(shutil.move('dest/a_copy.txt', 'renamed.txt'), os.path.exists('renamed.txt'))
    try:
        shutil.move('moved', 'moved/sub')
    except shutil.Error as e:
        print(type(e).__name__, e)
    write('dest/renamed.txt', 'clash')
    try:
        shutil.move('renamed.txt', 'dest')
    except shutil.Error as e:
        print(type(e).__name__, e)

    shutil.rmtree('copy1')
    print(os.path.exists('copy1'))
    try:
        shutil.rmtree('copy1')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    shutil.rmtree('copy1', ignore_errors=True)
    errs = []
    shutil.rmtree('copy1', onerror=lambda f, p, ei: errs.append((p, ei[0].__name__)))
    print(errs)
    try:
        shutil.rmtree('renamed.txt')
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir('.')))
    with open('src/a.txt', 'rb') as fi, open('stream.bin', 'wb') as fo:
        shutil.copyfileobj(fi, fo, 4096)
    print(os.path.getsize('stream.bin'))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
