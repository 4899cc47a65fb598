# the kind of pathlib use found in tutorials: organise files by extension, count lines
import os
import tempfile
from pathlib import Path

workdir = Path(tempfile.mkdtemp(prefix='teach'))
try:
    files = {
        'notes.txt': 'one\ntwo\nthree\n',
        'data.csv': 'a,b\n1,2\n3,4\n',
        'script.py': 'print("hi")\n',
        'report.TXT': 'upper\n',
        'archive.tar.gz': 'x',
        'README': 'readme\n',
    }
    for name, text in files.items():
        (workdir / name).write_text(text)

    by_ext = {}
    for p in sorted(workdir.iterdir()):
        if p.is_file():
            by_ext.setdefault(p.suffix.lower() or '<none>', []).append(p.name)
    for ext in sorted(by_ext):
        print(ext, by_ext[ext])

    for p in sorted(workdir.glob('*.txt')):
        lines = p.read_text().splitlines()
        print(p.name, len(lines), p.stat().st_size)

    for ext in ['.txt', '.csv', '.py']:
        target = workdir / ext.lstrip('.')
        target.mkdir(exist_ok=True)
        for p in sorted(workdir.glob('*' + ext)):
            p.rename(target / p.name)
    for p in sorted(workdir.rglob('*')):
        print(p.relative_to(workdir).as_posix(), 'dir' if p.is_dir() else p.stat().st_size)

    csv = workdir / 'csv' / 'data.csv'
    rows = [line.split(',') for line in csv.read_text().splitlines()]
    print(rows)
    out = csv.with_suffix('.tsv')
    out.write_text('\n'.join('\t'.join(r) for r in rows) + '\n')
    print(out.name, out.exists(), repr(out.read_text()))
    print([p.name for p in out.relative_to(workdir).parents])
    backup = out.with_name(out.stem + '_backup' + out.suffix)
    backup.write_bytes(out.read_bytes())
    print(sorted(p.name for p in backup.parent.iterdir()))
    deep = workdir / 'a' / 'b' / 'c'
    deep.mkdir(parents=True)
    (deep / 'leaf.txt').touch()
    print(sorted(str(p.relative_to(workdir)) for p in workdir.glob('a/**/*')))
    print(any(workdir.glob('**/leaf.txt')), next(workdir.rglob('leaf.*')).name)
    print(Path(os.path.relpath(str(deep), str(workdir))) if hasattr(os.path, 'relpath') else Path('a/b/c'))
    with open(workdir / 'README') as fh:
        print(fh.read().strip())
finally:
    import shutil
    shutil.rmtree(workdir)
print(workdir.exists())
