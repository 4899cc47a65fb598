"""Temporary files and directories (tempfile), written for gilpy.

Names are made of a prefix, eight random characters and a suffix; files are created with
O_CREAT|O_EXCL (mode 0o600) and directories with mode 0o700, so that no one else can have made
or can read them first.
"""

import os as _os
import sys as _sys

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_EEXIST = 17
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_BIN_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0) \
    | getattr(_os, 'O_CLOEXEC', 0)


def _random_name():
    data = _os.urandom(8)
    return ''.join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in data)


def _names():
    while True:
        yield _random_name()


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    return template.encode()


def _candidate_dirs():
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            yield dirname
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    """The first candidate directory in which a file can really be made and written."""
    for dir in _candidate_dirs():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            filename = _os.path.join(dir, _random_name())
            try:
                fd = _os.open(filename, _BIN_FLAGS, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory in which temporary files are made by default."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fspath(tempdir)


def gettempdirb():
    return gettempdir().encode()


def _params(suffix, prefix, dir):
    """The three name parts as str, and whether the caller gave bytes (and wants bytes)."""
    given = [x for x in (suffix, prefix, dir) if x is not None]
    if dir is not None and not isinstance(dir, (str, bytes)):
        dir = _os.fspath(dir)
        given = [x for x in (suffix, prefix, dir) if x is not None]
    want_bytes = False
    if given:
        want_bytes = isinstance(given[0], bytes)
        for x in given:
            if isinstance(x, bytes) != want_bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
    if want_bytes:
        suffix, prefix, dir = [None if x is None else x.decode('utf-8', 'surrogateescape')
                               for x in (suffix, prefix, dir)]
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir, want_bytes


def _out(name, want_bytes):
    return name.encode('utf-8', 'surrogateescape') if want_bytes else name


def _mkstemp_inner(dir, prefix, suffix, flags):
    for name in _names():
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file only this process can use; the caller removes it.  Returns the pair
    (open file descriptor, absolute path)."""
    suffix, prefix, dir, want_bytes = _params(suffix, prefix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    return fd, _out(name, want_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory only this user can use; the caller removes it.  Returns its
    absolute path."""
    suffix, prefix, dir, want_bytes = _params(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _out(_os.path.abspath(file), want_bytes)
    raise FileExistsError(_EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that no file had when asked (unsafe: someone may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when closed if delete is true.  Attributes
    other than close, name and delete are those of the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed on close when delete is true."""
    suffix, prefix, dir, want_bytes = _params(suffix, prefix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, _out(name, want_bytes), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name left on disk: it goes away when closed."""
    suffix, prefix, dir, want_bytes = _params(suffix, prefix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A temporary directory (its path in .name), removed with all it holds by cleanup() or at
    the end of a with block, which gives the path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not getattr(self, '_done', True):
            try:
                self.cleanup()
            except Exception:
                pass


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (or its fileno() is
    asked for); then its data moves to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            # gilpy's TextIOWrapper cannot wrap an in-memory buffer, so text is kept in a
            # StringIO, which reads and writes newlines the same way
            self._file = io.StringIO(newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding,
                                   'newline': newline, 'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv
