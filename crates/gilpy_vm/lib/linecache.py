"""linecache, written for gilpy: source lines of files by name, cached, as traceback needs them."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazy entry is a 1-tuple holding a loader callable
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop entries whose file changed on disk (or vanished)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # registered without a file behind it: nothing to compare against
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _coding(head):
    # PEP 263 cookie in the first two lines; anything else is read as UTF-8
    for raw in head.split(b'\n')[:2]:
        line = raw.strip()
        if not line.startswith(b'#'):
            continue
        pos = line.find(b'coding')
        if pos >= 0 and line[pos + 6:pos + 7] in (b':', b'='):
            name = line[pos + 7:].strip()
            end = 0
            while end < len(name) and (name[end:end + 1].isalnum() or name[end:end + 1] in b'-_.'):
                end += 1
            if end:
                return name[:end].decode('ascii')
    return 'utf-8'


def _read(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    enc = _coding(data[:400])
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        enc = 'utf-8'
    # read as a text file would: universal newlines, split on \n only
    text = data.decode(enc).replace('\r\n', '\n').replace('\r', '\n')
    parts = text.split('\n')
    lines = [part + '\n' for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1] + '\n')
    return lines


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache; returns its lines ([] when it cannot be read)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                cache.pop(filename, None)
                return []
            lines = data.splitlines(True)
            if lines and not lines[-1].endswith('\n'):
                lines[-1] += '\n'
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
                st = os.stat(fullname)
                break
            except (TypeError, AttributeError, OSError, ValueError):
                continue
        if st is None:
            return []
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch the source of a module whose file is not on disk (a loader with
    get_source); True when such a loader is now registered for filename."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
