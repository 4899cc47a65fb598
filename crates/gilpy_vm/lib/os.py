"""Operating-system interfaces, written for gilpy on its native `posix` module (as CPython's
os.py is written on its own). `os.path` is `posixpath`."""

import sys
from posix import *
from posix import _exit
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
devnull = '/dev/null'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'

# the mode bits of access()
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _Environ(dict):
    """os.environ: a dict of str whose changes go to the process environment too."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return dict.__getitem__(self, key)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self.items())


environ = _Environ(_posix.environ)
del _posix


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and any missing parents; an existing leaf is an error unless
    exist_ok is true."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # made meanwhile by someone else
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


if 'replace' not in globals():
    # on POSIX, rename already replaces an existing target atomically
    def replace(src, dst):
        """Rename src to dst, replacing dst if it exists."""
        rename(src, dst)


class terminal_size(tuple):
    """The size of a terminal window: columns and lines."""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


class DirEntry:
    """One entry of scandir(): its name and path, and its kind, found by stat() on demand."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry that is also a context manager."""

    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """The entries of a directory, as DirEntry objects."""
    return _ScandirIterator(path)


def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
            type(path).__name__, type(r).__name__))
    return r


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for an open descriptor (os.fdopen)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    if buffering != -1:
        kwargs['buffering'] = buffering
    if encoding is not None:
        kwargs['encoding'] = encoding
    import builtins
    return builtins.open(fd, mode, *args, **kwargs)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The tree under top, one (dirpath, dirnames, filenames) per directory; with topdown, a
    directory comes before its subdirectories and the caller may prune dirnames in place."""
    top = fspath(top)
    stack = [top]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            # bottom-up: the directory's own triple, after its subdirectories
            yield item
            continue
        dirs, nondirs, walk_into = [], [], []
        try:
            entries = list(scandir(item))
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        for entry in entries:
            is_dir = entry.is_dir()
            (dirs if is_dir else nondirs).append(entry.name)
            if not topdown and is_dir and (followlinks or not entry.is_symlink()):
                walk_into.append(entry.path)
        if topdown:
            yield item, dirs, nondirs
            for name in reversed(dirs):
                new_path = path.join(item, name)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((item, dirs, nondirs))
            for new_path in reversed(walk_into):
                stack.append(new_path)


def removedirs(name):
    """Remove a directory, then its parents as long as they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, making the new name's directories first and removing the emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fsencode(filename):
    """The file name as bytes, as the operating system takes it (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """The file name as str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """The directories searched for a program, from PATH in env (default os.environ)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def getcwdb():
    return fsencode(getcwd())


import abc as _abc


class PathLike(_abc.ABC):
    """The abstract base class of objects standing for a file system path
    (those with __fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented
