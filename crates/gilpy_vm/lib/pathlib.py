"""Object-oriented filesystem paths (pathlib), written for gilpy.

Only POSIX paths exist here: PurePath() makes a PurePosixPath and Path() a PosixPath.  A path
is kept as its root ('', '/' or '//') and the list of its other components, with empty and
'.' components dropped, as CPython does.
"""

import os
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# ENOENT, ENOTDIR, EBADF, ELOOP on Linux (gilpy has no errno module yet)
_IGNORED_ERRNOS = (2, 20, 9, 40)

_S_IFMT = 0o170000


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS


def _parse_args(args):
    """(root, components) of the path made by joining args."""
    root = ''
    tail = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                tail = list(a._tail)
            else:
                tail.extend(a._tail)
            continue
        s = os.fspath(a)
        if not isinstance(s, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % (type(s),))
        if s.startswith('/'):
            # POSIX gives two leading slashes a meaning of their own, three or more do not
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            tail = []
        for comp in s.split('/'):
            if comp and comp != '.':
                tail.append(comp)
    return root, tail


def _quote_uri(s):
    safe = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
    out = []
    for b in s.encode('utf-8', 'surrogateescape'):
        c = chr(b)
        out.append(c if c in safe else '%%%02X' % b)
    return ''.join(out)


class _PathParents:
    """The logical ancestors of a path, nearest first (path.parents)."""

    __slots__ = ('_path', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return type(self._path)._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self._tail) - 1, -1, -1):
            yield self[i]

    def __contains__(self, item):
        return any(p == item for p in self)

    def index(self, value):
        for i, p in enumerate(self):
            if p == value:
                return i
        raise ValueError("%r is not in list" % (value,))

    def count(self, value):
        return sum(1 for p in self if p == value)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A filesystem path that is only a name: no system calls are made."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        root, tail = _parse_args(args)
        return cls._from_parsed(root, tail)

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tail
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._str = (self._root + '/'.join(self._tail)) or '.'
        return s

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_uri(str(self))

    @property
    def _cparts(self):
        return [self._root] + self._tail if self._root else self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash((self._root,) + tuple(self._tail))
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._cparts)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _parse_args((name,))
        if not name or name[-1] == '/' or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_tail = _parse_args(other)
        to_parts = [to_root] + to_tail if to_root else to_tail
        parts = self._cparts
        n = len(to_parts)
        if (self._root if n == 0 else parts[:n] != to_parts):
            formatted = to_root + '/'.join(to_tail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat_root, pat_tail = _parse_args((path_pattern,))
        if not pat_root and not pat_tail:
            raise ValueError("empty pattern")
        if pat_root and pat_root != self._root:
            return False
        parts = self._cparts
        if pat_root:
            # an anchored pattern must match the whole path, root included
            if len(pat_tail) + 1 != len(parts):
                return False
            parts = parts[1:]
        elif len(pat_tail) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_tail)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath for POSIX systems."""
    __slots__ = ()


class Path(PurePath):
    """A PurePath whose methods also reach the filesystem."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _child(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _check_pattern(self, pattern):
        root, tail = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            tail.append('')
        for part in tail:
            if part != '**' and '**' in part:
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return tail

    def glob(self, pattern):
        """The existing paths under this one that match the relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = self._check_pattern(pattern)
        return self._select_top(parts)

    def rglob(self, pattern):
        """glob() of the pattern in this directory and in all directories below it."""
        parts = self._check_pattern(pattern)
        return self._select_top(['**'] + parts)

    def _select_top(self, parts):
        if not self.is_dir():
            return
        yield from _select(self, parts, 0)

    def absolute(self):
        if self._root:
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_parts((os.path.realpath(str(self), strict=strict),))

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            utime = getattr(os, 'utime', None)
            if utime is not None:
                try:
                    utime(str(self), None)
                except OSError:
                    pass
                else:
                    return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # an existing directory is fine when asked; anything else there is not
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        os.link(os.fspath(target), str(self))

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_is(self, kind, follow_symlinks=True):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return mode & _S_IFMT == kind

    def is_dir(self):
        return self._mode_is(0o040000)

    def is_file(self):
        return self._mode_is(0o100000)

    def is_symlink(self):
        return self._mode_is(0o120000, follow_symlinks=False)

    def is_fifo(self):
        return self._mode_is(0o010000)

    def is_socket(self):
        return self._mode_is(0o140000)

    def is_block_device(self):
        return self._mode_is(0o060000)

    def is_char_device(self):
        return self._mode_is(0o020000)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((homedir,) + tuple(self._tail[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A Path for POSIX systems."""
    __slots__ = ()


def _scan(path):
    try:
        with os.scandir(str(path)) as it:
            return list(it)
    except PermissionError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignore_error(e):
            raise
        return False


def _walk_dirs(path):
    """path and every directory below it, symbolic links to directories not followed."""
    yield path
    for entry in _scan(path):
        if _entry_is_dir(entry) and not entry.is_symlink():
            yield from _walk_dirs(path._child(entry.name))


def _select(path, parts, i):
    """The paths below path matching parts[i:], each pattern component naming one level."""
    if i == len(parts):
        yield path
        return
    part = parts[i]
    more = i + 1 < len(parts)
    if part == '**':
        seen = set()
        for d in _walk_dirs(path):
            for p in _select(d, parts, i + 1):
                if p not in seen:
                    seen.add(p)
                    yield p
    elif '*' in part or '?' in part or '[' in part:
        for entry in _scan(path):
            if more and not _entry_is_dir(entry):
                continue
            if fnmatch.fnmatchcase(entry.name, part):
                yield from _select(path._child(entry.name), parts, i + 1)
    else:
        child = path._child(part) if part else path
        if child.is_dir() if more or not part else child.exists():
            yield from _select(child, parts, i + 1)
