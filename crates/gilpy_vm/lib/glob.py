"""Pathname pattern expansion in the manner of the Unix shell (glob), written for gilpy.

Wildcards work per path component, through fnmatch; names that start with a dot are only
matched by a pattern that starts with a dot (or with include_hidden).  With recursive=True a
component that is exactly '**' stands for any number of directories, none included.
"""

import os
import fnmatch

__all__ = ["escape", "glob", "iglob"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching the pattern pathname (in no particular order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching the pattern pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by gilpy")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # a leading '**' also stands for "no directory at all", given as an empty name,
        # which is not a path worth returning
        return _skip_empty(it)
    return it


def _skip_empty(it):
    for s in it:
        if s:
            yield s


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # a pattern ending with a slash names directories only
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = '.' if isinstance(dirname, str) else b'.'
    try:
        with os.scandir(dirname) as it:
            if dironly:
                return [e.name for e in it if _entry_is_dir(e)]
            return [e.name for e in it]
    except OSError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x)
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    return pattern == '**' or pattern == b'**'


def escape(pathname):
    """The pathname with its wildcard characters made to match only themselves."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            if b in b'*?[':
                out += b'[' + bytes((b,)) + b']'
            else:
                out.append(b)
        return bytes(out)
    if '*' not in pathname and '?' not in pathname and '[' not in pathname:
        return pathname
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)

