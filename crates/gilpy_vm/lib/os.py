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
