"""Path operations on POSIX paths (os.path), written for gilpy."""

import posix as _posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    """Join path parts; a part that is absolute starts the path again."""
    a = _fspath(a)
    out = a
    for b in map(_fspath, p):
        if b.startswith('/'):
            out = b
        elif not out or out.endswith('/'):
            out += b
        else:
            out += '/' + b
    return out


def split(p):
    """(head, tail): tail is the part after the last slash."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    """(root, ext): ext is from the last dot of the last part, leading dots excluded."""
    p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != '.':
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def normpath(path):
    """Collapse redundant separators and up-level references (textually)."""
    path = _fspath(path)
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes, collapses three or more
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = '/'.join(parts)
    if initial:
        out = '/' * initial + out
    return out or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    """The canonical path: symbolic links resolved (as far as they exist)."""
    path = abspath(path)
    parts = path.split('/')[1:]
    out = '/'
    for i, comp in enumerate(parts):
        candidate = join(out, comp)
        try:
            st = _posix.stat(candidate)
        except OSError:
            if strict:
                raise
            return normpath(join(candidate, *parts[i + 1:]))
        out = candidate
    return normpath(out)


def exists(path):
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path):
    try:
        return _posix.stat(path).st_mode
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    try:
        return _posix.lstat(path).st_mode & _S_IFMT == 0o120000
    except (OSError, ValueError):
        return False


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def getsize(filename):
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def expanduser(path):
    """~ and ~/... become the home directory ($HOME)."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database, which gilpy does not read yet
        return path
    try:
        # os.environ, which a program may have changed, when os is loaded
        from os import environ as _env
    except ImportError:
        _env = _posix.environ
    home = _env.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def _seps(path):
    return ('/', '.', '..') if isinstance(path, str) else (b'/', b'.', b'..')


def _mixed(name, *args):
    kinds = {type(a) for a in args}
    if kinds == {str} or kinds == {bytes}:
        return None
    if str in kinds and bytes in kinds:
        return TypeError("Can't mix strings and bytes in path components")
    for a in args:
        if not isinstance(a, (str, bytes)):
            return TypeError(f'{name}() argument must be str, bytes, or os.PathLike object, '
                             f'not {type(a).__name__!r}')
    return None


def commonprefix(m):
    """The longest string (not path) that every item of m starts with."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def relpath(path, start=None):
    """path, relative to the folder start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, cur, par = _seps(path)
    start = cur if start is None else _fspath(start)
    error = _mixed('relpath', path, start)
    if error is not None:
        raise error
    start_parts = [p for p in abspath(start).split(sep) if p]
    path_parts = [p for p in abspath(path).split(sep) if p]
    shared = len(commonprefix([start_parts, path_parts]))
    parts = [par] * (len(start_parts) - shared) + path_parts[shared:]
    return join(*parts) if parts else cur


def commonpath(paths):
    """The longest path that every path in the sequence lies under."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    error = _mixed('commonpath', *paths)
    if error is not None:
        raise error
    sep, cur, _ = _seps(paths[0])
    absolute = {p[:1] == sep for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split(sep) if c and c != cur] for p in paths]
    low, high = min(split), max(split)
    common = low
    for i, part in enumerate(low):
        if part != high[i]:
            common = low[:i]
            break
    return (sep if absolute.pop() else sep[:0]) + sep.join(common)
