import os
import pathlib


class P:
    def __fspath__(self):
        return 'some/path'


class NotPath:
    pass


for obj in [pathlib.PurePosixPath('a'), pathlib.Path('b'), P(), 'str', b'bytes', NotPath(), 3]:
    print(type(obj).__name__, isinstance(obj, os.PathLike))
print(issubclass(P, os.PathLike), issubclass(NotPath, os.PathLike), issubclass(pathlib.PurePath, os.PathLike))
print(os.PathLike)
print(os.fspath(P()), os.fspath(pathlib.Path('x/y')), os.fspath(b'raw'))
print(os.fsencode('a/\u00e9'), os.fsdecode(b'a/\xc3\xa9'), os.fsencode(P()), os.fsdecode(P()))
print(os.get_exec_path({'PATH': '/usr/bin:/bin'}), os.get_exec_path({}))
for bad in [3, None, NotPath()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
