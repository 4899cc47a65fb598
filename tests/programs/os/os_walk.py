import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    for d in ['top/a/x', 'top/a/y', 'top/b', 'top/.hid']:
        os.makedirs(d)
    for f in ['top/f1.txt', 'top/a/f2.txt', 'top/a/x/f3.txt', 'top/b/f4.txt', 'top/.hid/f5']:
        with open(f, 'w') as fh:
            fh.write(f)
    for dirpath, dirnames, filenames in sorted(os.walk('top')):
        print(dirpath, sorted(dirnames), sorted(filenames))
    print('--- pruned')
    out = []
    for dirpath, dirnames, filenames in os.walk('top'):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.') and d != 'b')
        out.append(dirpath)
    print(out)
    print('--- bottom up')
    order = [dp for dp, dn, fn in os.walk('top', topdown=False)]
    print(sorted(order), order[-1], order.index('top/a/x') < order.index('top/a'))
    errors = []
    print(list(os.walk('missing', onerror=lambda e: errors.append(type(e).__name__))), errors)
    os.makedirs('r/s/t')
    os.removedirs('r/s/t')
    print(os.path.exists('r'))
    os.renames('top/f1.txt', 'new/dir/f1.txt')
    print(os.path.exists('new/dir/f1.txt'), os.path.exists('top/f1.txt'))
    os.replace('new/dir/f1.txt', 'top/b/f4.txt')
    with open('top/b/f4.txt') as fh:
        print(fh.read())
    print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_END)
    ts = os.terminal_size((100, 30))
    print(ts, ts.columns, ts.lines)
finally:
    os.chdir(old)
    shutil.rmtree(base)
