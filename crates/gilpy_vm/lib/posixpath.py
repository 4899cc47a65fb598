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
