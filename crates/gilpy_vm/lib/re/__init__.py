"""Regular expression operations (gilpy's own implementation of Python's re)."""

from . import _parser
from ._parser import error
from ._engine import (compile_node as _compile_node, run as _run, first_chars as _first_chars,
                      count_run as _count_run, RPT as _RPT)

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
    'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
    'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'

_FLAG_NAMES = [
    (_parser.FLAG_TEMPLATE, 'TEMPLATE'), (_parser.FLAG_IGNORECASE, 'IGNORECASE'),
    (_parser.FLAG_LOCALE, 'LOCALE'), (_parser.FLAG_MULTILINE, 'MULTILINE'),
    (_parser.FLAG_DOTALL, 'DOTALL'), (_parser.FLAG_UNICODE, 'UNICODE'),
    (_parser.FLAG_VERBOSE, 'VERBOSE'), (_parser.FLAG_DEBUG, 'DEBUG'),
    (_parser.FLAG_ASCII, 'ASCII'),
]


def _flag_names(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append(name)
            value &= ~bit
    return names, value


class RegexFlag(int):
    """Flags for compiled patterns; combine them with |."""

    __module__ = 're'

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        names, rest = _flag_names(int(self))
        if rest or not names:
            return None if int(self) else 'NOFLAG'
        return '|'.join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names, rest = _flag_names(v)
        parts = ['re.' + n for n in names]
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __bool__(self):
        return int(self) != 0

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)

    def __reduce__(self):
        return (RegexFlag, (int(self),))



NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(_parser.FLAG_TEMPLATE)
I = IGNORECASE = RegexFlag(_parser.FLAG_IGNORECASE)
L = LOCALE = RegexFlag(_parser.FLAG_LOCALE)
M = MULTILINE = RegexFlag(_parser.FLAG_MULTILINE)
S = DOTALL = RegexFlag(_parser.FLAG_DOTALL)
U = UNICODE = RegexFlag(_parser.FLAG_UNICODE)
X = VERBOSE = RegexFlag(_parser.FLAG_VERBOSE)
DEBUG = RegexFlag(_parser.FLAG_DEBUG)
A = ASCII = RegexFlag(_parser.FLAG_ASCII)

try:
    from types import MappingProxyType as _proxy
except ImportError:
    _proxy = dict
try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None


def _subject(pattern_is_bytes, string):
    """The str the engine works on: bytes-like subjects are viewed as latin-1
    so every byte is one character with the same index."""
    if isinstance(string, str):
        if pattern_is_bytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, (bytes, bytearray)):
        if not pattern_is_bytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string.decode('latin-1')
    try:
        data = bytes(memoryview(string))
    except Exception:
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(string).__name__) from None
    if not pattern_is_bytes:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return data.decode('latin-1')


def _sliceable(string):
    t = type(string)
    if t is str or t is bytes or isinstance(string, str):
        return string
    return bytes(string)


def _literal_prefix(node):
    """(text, whole) for the literal characters every match starts with;
    whole says the node is nothing but that text."""
    k = node[0]
    if k == 'lit':
        if node[2]:
            return '', False
        return node[1], True
    if k == 'group':
        return _literal_prefix(node[2])
    if k == 'cat':
        out = ''
        skipped = False
        for n in node[1]:
            if n[0] == 'at' or n[0] == 'look':
                if out:
                    return out, False
                skipped = True
                continue
            text, whole = _literal_prefix(n)
            out += text
            if not whole:
                return out, False
        return out, not skipped
    return '', False


def _find_repeat(node):
    """The sre name of the first repeat in node, or None."""
    k = node[0]
    if k == 'rep':
        return {'g': 'MAX_REPEAT', 'l': 'MIN_REPEAT', 'p': 'POSSESSIVE_REPEAT'}[node[3]]
    for child in node[1:]:
        if type(child) is tuple and child and type(child[0]) is str:
            r = _find_repeat(child)
            if r is not None:
                return r
        elif type(child) is list:
            for n in child:
                r = _find_repeat(n)
                if r is not None:
                    return r
    return None


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_prog', '_bytes',
                 '_blank', '_anchor', '_prefix', '_first', '_names', '_literal', '_run1',
                 '__weakref__')

    def __init__(self, pattern, flags, _parsed=None):
        is_bytes = not isinstance(pattern, str)
        if is_bytes:
            text = bytes(pattern).decode('latin-1')
            if flags & _parser.FLAG_UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
        else:
            text = pattern
            if flags & _parser.FLAG_LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & _parser.FLAG_ASCII and flags & _parser.FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if _parsed is None:
            _parsed = _parser.parse(pattern, text, int(flags), is_bytes)
        node, flags, ngroups, groupindex = _parsed
        if flags & _parser.FLAG_TEMPLATE:
            rep = _find_repeat(node)
            if rep is not None:
                # the deprecated TEMPLATE mode has no backtracking, so no repeats
                raise error('internal: unsupported template operator %s' % rep)
        if not is_bytes and not flags & (_parser.FLAG_ASCII | _parser.FLAG_LOCALE):
            flags |= _parser.FLAG_UNICODE
        self.pattern = pattern
        self.flags = flags
        self.groups = ngroups
        self._groupindex = groupindex
        self._names = {v: k for k, v in groupindex.items()}
        self._bytes = is_bytes
        ascii_mode = bool(flags & _parser.FLAG_ASCII) or is_bytes
        self._prog = _compile_node(node, ascii_mode)
        self._blank = [-1] * (2 * ngroups + 3)
        first = node[1][0] if node[0] == 'cat' and node[1] else node
        self._anchor = first[0] == 'at' and first[1] == 'bos'
        prefix, whole = _literal_prefix(node)
        self._prefix = prefix
        # a pattern that is one plain string (groups aside) is found by str.find alone
        self._literal = prefix if whole and prefix and ngroups == 0 else None
        self._first = None if prefix else _first_chars(node)
        # a lone greedy one-character repeat such as \s+ or [a-z]{2,} needs no
        # backtracking: its match at a position is the longest run there
        op = self._prog.code[0]
        self._run1 = None
        if (op[0] == _RPT and op[6] and op[4] >= 1 and ngroups == 0
                and len(self._prog.code) == 2 and self._first is not None):
            self._run1 = op

    @property
    def groupindex(self):
        return _proxy(dict(self._groupindex))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not self._bytes and flags & (_parser.FLAG_LOCALE | _parser.FLAG_UNICODE
                                        | _parser.FLAG_ASCII) == _parser.FLAG_UNICODE:
            flags &= ~_parser.FLAG_UNICODE
        if not flags:
            return 're.compile(%s)' % text
        names, rest = _flag_names(flags)
        parts = ['re.' + n for n in names]
        if rest:
            parts.append(hex(rest))
        return 're.compile(%s, %s)' % (text, '|'.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._bytes == other._bytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # -- core search ---------------------------------------------------------
    def _bounds(self, s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _search(self, s, pos, end, mustadv):
        """First match at or after pos: (start, end, caps) or None."""
        if pos > end:
            return None
        prog = self._prog
        blank = self._blank
        if self._anchor:
            if pos != 0:
                return None
            caps = blank[:]
            r = _run(prog, s, 0, end, caps, False, mustadv)
            return (0, r, caps) if r >= 0 else None
        lit = self._literal
        if lit is not None:
            i = s.find(lit, pos, end)
            if i < 0:
                return None
            return i, i + len(lit), blank[:]
        prefix = self._prefix
        first = self._first
        i = pos
        if prefix:
            find = s.find
            while True:
                i = find(prefix, i, end)
                if i < 0:
                    return None
                caps = blank[:]
                r = _run(prog, s, i, end, caps, False, mustadv and i == pos)
                if r >= 0:
                    return i, r, caps
                i += 1
        if first is None:
            while i <= end:
                caps = blank[:]
                r = _run(prog, s, i, end, caps, False, mustadv and i == pos)
                if r >= 0:
                    return i, r, caps
                i += 1
            return None
        run1 = self._run1
        if run1 is not None:
            kind, arg, arg2, lo, hi = run1[1], run1[2], run1[3], run1[4], run1[5]
            fast, slow = (frozenset(first), None) if type(first) is str else first
            while i < end:
                c = s[i]
                if c in fast or (slow is not None and c >= '\u0100' and slow(c)):
                    limit = end if hi >= end - i else i + hi
                    stop = _count_run(kind, arg, arg2, s, i, limit)
                    if stop - i >= lo:
                        return i, stop, blank[:]
                i += 1
            return None
        if type(first) is str:
            if len(first) == 1:
                find = s.find
                while True:
                    i = find(first, i, end)
                    if i < 0:
                        return None
                    caps = blank[:]
                    r = _run(prog, s, i, end, caps, False, mustadv and i == pos)
                    if r >= 0:
                        return i, r, caps
                    i += 1
            fast = frozenset(first)
            slow = None
        else:
            fast, slow = first
        while i < end:
            c = s[i]
            if c in fast or (slow is not None and c >= '\u0100' and slow(c)):
                caps = blank[:]
                r = _run(prog, s, i, end, caps, False, mustadv and i == pos)
                if r >= 0:
                    return i, r, caps
            i += 1
        return None

    def _iter(self, s, pos, end):
        mustadv = False
        while pos <= end:
            found = self._search(s, pos, end, mustadv)
            if found is None:
                return
            yield found
            pos = found[1]
            mustadv = found[0] == pos

    # -- public API ----------------------------------------------------------
    def match(self, string, pos=0, endpos=None):
        s = _subject(self._bytes, string)
        pos, endpos = self._bounds(s, pos, endpos)
        if pos > endpos:
            return None
        caps = self._blank[:]
        r = _run(self._prog, s, pos, endpos, caps, False, False)
        if r < 0:
            return None
        return Match(self, string, pos, endpos, pos, r, caps)

    def fullmatch(self, string, pos=0, endpos=None):
        s = _subject(self._bytes, string)
        pos, endpos = self._bounds(s, pos, endpos)
        if pos > endpos:
            return None
        caps = self._blank[:]
        r = _run(self._prog, s, pos, endpos, caps, True, False)
        if r < 0:
            return None
        return Match(self, string, pos, endpos, pos, r, caps)

    def search(self, string, pos=0, endpos=None):
        s = _subject(self._bytes, string)
        pos, endpos = self._bounds(s, pos, endpos)
        found = self._search(s, pos, endpos, False)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found[0], found[1], found[2])

    def finditer(self, string, pos=0, endpos=None):
        s = _subject(self._bytes, string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._finditer(string, s, pos, endpos)

    def _finditer(self, string, s, pos, endpos):
        for a, b, caps in self._iter(s, pos, endpos):
            yield Match(self, string, pos, endpos, a, b, caps)

    def findall(self, string, pos=0, endpos=None):
        s = _subject(self._bytes, string)
        string = _sliceable(string)
        pos, endpos = self._bounds(s, pos, endpos)
        out = []
        ng = self.groups
        empty = b'' if self._bytes else ''
        for a, b, caps in self._iter(s, pos, endpos):
            if ng == 0:
                out.append(string[a:b])
            elif ng == 1:
                x, y = caps[2], caps[3]
                out.append(string[x:y] if x >= 0 and y >= 0 else empty)
            else:
                item = []
                for g in range(1, ng + 1):
                    x, y = caps[2 * g], caps[2 * g + 1]
                    item.append(string[x:y] if x >= 0 and y >= 0 else empty)
                out.append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        s = _subject(self._bytes, string)
        string = _sliceable(string)
        out = []
        last = 0
        n = 0
        ng = self.groups
        if maxsplit < 0:
            return [string[0:]]
        for a, b, caps in self._iter(s, 0, len(s)):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:a])
            for g in range(1, ng + 1):
                x, y = caps[2 * g], caps[2 * g + 1]
                out.append(string[x:y] if x >= 0 and y >= 0 else None)
            last = b
            n += 1
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        s = _subject(self._bytes, string)
        subject = string
        string = _sliceable(string)
        if callable(repl):
            func = repl
            template = None
        else:
            func = None
            if isinstance(repl, str):
                # a replacement of the wrong kind is kept as is: joining reports it
                template = _template(self, repl) if not self._bytes else repl
            elif isinstance(repl, (bytes, bytearray)):
                template = _template(self, bytes(repl)) if self._bytes else repl
            else:
                raise TypeError('decoding to str: need a bytes-like object, %s found'
                                % type(repl).__name__)
        pieces = []
        last = 0
        n = 0
        for a, b, caps in self._iter(s, 0, len(s)):
            if count and n >= count:
                break
            if last < a:
                pieces.append(string[last:a])
            if func is not None:
                item = func(Match(self, subject, 0, len(s), a, b, caps))
            elif type(template) is not list:
                item = template
            else:
                caps[0] = a
                caps[1] = b
                item = _expand(template, string, caps, self._bytes)
            if item is not None:
                pieces.append(item)
            last = b
            n += 1
        if last < len(s):
            pieces.append(string[last:])
        if self._bytes:
            return b''.join(pieces), n
        if not pieces:
            return string[0:0], n
        return ''.join(pieces), n

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        if _GenericAlias is None:
            return cls
        return _GenericAlias(cls, item)




class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = _subject(pattern._bytes, string)
        self._pos, self._end = pattern._bounds(self._s, pos, endpos)
        self._mustadv = False
        self._start = self._pos

    def _next(self, anchored):
        if self._pos > self._end:
            return None
        p = self.pattern
        if anchored:
            caps = p._blank[:]
            r = _run(p._prog, self._s, self._pos, self._end, caps, False, self._mustadv)
            found = (self._pos, r, caps) if r >= 0 else None
        else:
            found = p._search(self._s, self._pos, self._end, self._mustadv)
        if found is None:
            self._pos = self._end + 1
            return None
        a, b, caps = found
        self._mustadv = a == b
        self._pos = b
        return Match(p, self._string, self._start, self._end, a, b, caps)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


class Match:
    """The result of a successful match."""

    __module__ = 're'

    __slots__ = ('re', 'string', 'pos', 'endpos', '_a', '_b', '_caps', '_src')

    def __init__(self, pattern, string, pos, endpos, a, b, caps):
        self.re = pattern
        self.string = string
        t = type(string)
        # groups of a bytearray or buffer subject are bytes, as in CPython
        self._src = string if t is str or t is bytes else _sliceable(string)
        self.pos = pos
        self.endpos = endpos
        self._a = a
        self._b = b
        self._caps = caps

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except Exception:
                i = None
            if i is not None and 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _span(self, i):
        if i == 0:
            return self._a, self._b
        a = self._caps[2 * i]
        b = self._caps[2 * i + 1]
        if a < 0 or b < 0:
            return -1, -1
        return a, b

    def _get(self, i, default=None):
        a, b = self._span(i)
        if a < 0:
            return default
        return self._src[a:b]

    def group(self, *args):
        if not args:
            return self._src[self._a:self._b]
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._caps[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._caps[-1]
        if li < 0:
            return None
        return self.re._names.get(li)

    def expand(self, template):
        t = _template(self.re, template)
        if type(t) is not list:
            return t
        return _expand(t, self._src, self._caps_full(), self.re._bytes)

    def _caps_full(self):
        caps = self._caps[:]
        caps[0] = self._a
        caps[1] = self._b
        return caps

    def __repr__(self):
        # CPython cuts the matched text's repr at 50 characters
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._a, self._b, repr(self._src[self._a:self._b])[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        if _GenericAlias is None:
            return cls
        return _GenericAlias(cls, item)




# -- replacement templates -----------------------------------------------------

_TEMPLATE_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}
_template_cache = {}


def _template(pattern, repl):
    """Parse a replacement template.  Returns the replacement itself when it
    has no group references, else a list of literal pieces and group ints."""
    key = (pattern, repl)
    t = _template_cache.get(key)
    if t is not None:
        return t
    is_bytes = pattern._bytes
    text = repl.decode('latin-1') if is_bytes else repl
    if '\\' not in text:
        t = repl
    else:
        t = _parse_template(pattern, repl, text)
        if len(t) == 1 and type(t[0]) is str:
            t = t[0].encode('latin-1') if is_bytes else t[0]
        elif is_bytes:
            t = [p.encode('latin-1') if type(p) is str else p for p in t]
    if len(_template_cache) >= 256:
        _template_cache.clear()
    _template_cache[key] = t
    return t


def _parse_template(pattern, repl, text):
    parts = []
    lit = []
    i = 0
    n = len(text)
    ngroups = pattern.groups

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        j = text.find('\\', i)
        if j < 0:
            lit.append(text[i:])
            break
        lit.append(text[i:j])
        i = j + 1
        if i >= n:
            raise err('bad escape (end of pattern)', j)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            k = text.find('>', i + 1)
            if k < 0:
                if i + 1 >= n:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:k]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > ngroups:
                    raise err('invalid group reference %d' % g, i + 1)
            elif name.isidentifier() and (name.isascii() or not pattern._bytes):
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern._groupindex[name]
            else:
                raise err('bad character in group name %r' % name, i + 1)
            i = k + 1
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(g)
        elif c == '0':
            k = i
            while k < n and k < i + 2 and text[k] in '01234567':
                k += 1
            lit.append(chr(int(text[i - 1:k], 8)))
            i = k
        elif c in '0123456789':
            if (i + 1 < n and c in '01234567' and text[i] in '01234567'
                    and text[i + 1] in '01234567'):
                val = int(text[i - 1:i + 2], 8)
                if val > 0o377:
                    raise err('octal escape value \\%s outside of range 0-0o377'
                              % text[i - 1:i + 2], j)
                lit.append(chr(val))
                i += 2
                continue
            k = i
            if k < n and text[k] in '0123456789':
                k += 1
            g = int(text[i - 1:k])
            if g > ngroups:
                raise err('invalid group reference %d' % g, i - 1)
            i = k
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(g)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise err('bad escape \\' + c, j)
        else:
            lit.append('\\' + c)
    if lit:
        parts.append(''.join(lit))
    return parts


def _expand(template, string, caps, is_bytes):
    out = []
    for p in template:
        if type(p) is int:
            a = caps[2 * p]
            b = caps[2 * p + 1]
            if a >= 0 and b >= 0:
                out.append(string[a:b])
        else:
            out.append(p)
    if is_bytes:
        return b''.join(bytes(x) for x in out)
    return ''.join(out)


# -- module-level functions ----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & DEBUG:
        # CPython prints its internal parse tree; there is no such tree here
        raise NotImplementedError('re.DEBUG is not supported')
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                      "flag without an obvious purpose. Don't use it.", DeprecationWarning)
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping
    occurrences of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _template_cache.clear()


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in text).encode('latin-1')


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """Split a string into tokens with a lexicon of (pattern, action) pairs
    (undocumented in CPython, but used by tokenizer examples)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Like CPython, each phrase is parsed on its own (its groups count
        # from 1) and wrapped in group i+1; that wrapper closes last, so
        # lastindex names the phrase that matched.
        branches = []
        ngroups = len(lexicon)
        is_bytes = False
        for i, (phrase, action) in enumerate(lexicon):
            is_bytes = not isinstance(phrase, str)
            text = phrase.decode('latin-1') if is_bytes else phrase
            node, _, inner, _ = _parser.parse(phrase, text, int(flags), is_bytes)
            ngroups = max(ngroups, inner)
            branches.append(('group', i + 1, node))
        node = ('alt', branches) if len(branches) != 1 else branches[0]
        empty = b'' if is_bytes else ''
        self.scanner = Pattern(empty, flags, (node, int(flags), ngroups, {}))

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
