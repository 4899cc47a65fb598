"""Pattern parser for the re module: turns pattern text into a node tree.

Nodes are tuples whose first item names the kind:
  ('lit', ch, ic)            one character (ic: its case variants when ignoring case)
  ('any', dotall)            '.'
  ('set', CharSet)           a class, or \\d \\w \\s and friends
  ('cat', [nodes])           concatenation
  ('alt', [nodes])           alternation, tried left to right
  ('group', index, node)     capturing group
  ('rep', min, max, mode, node)   mode: 'g' greedy, 'l' lazy, 'p' possessive
  ('at', kind)               zero-width anchor ('bos', 'bol', 'eos', 'eol', 'eolm',
                             'bound', 'nbound')
  ('ref', index, ic)         backreference
  ('look', ahead, negate, node, width)  width: how far a lookbehind looks back
  ('atomic', node)
  ('cond', index, yes, no)
Flags that change matching (IGNORECASE, DOTALL, MULTILINE, ASCII) are resolved
while parsing, so a node carries all it needs and scoped flags cost nothing.
"""

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_FLAG_LETTERS = {
    'i': FLAG_IGNORECASE, 'L': FLAG_LOCALE, 'm': FLAG_MULTILINE, 's': FLAG_DOTALL,
    'x': FLAG_VERBOSE, 'a': FLAG_ASCII, 't': FLAG_TEMPLATE, 'u': FLAG_UNICODE,
}
_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE

_DIGITS = frozenset('0123456789')
_OCTDIGITS = frozenset('01234567')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_WHITESPACE = frozenset(' \t\n\r\v\f')
_SPECIAL = frozenset('.\\[{()*+?^$|')
_REPEAT_CHARS = frozenset('*+?{')

_SIMPLE_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}
_ASCII_SPACE = ' \t\n\r\f\v'
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = _DIGITS

# Characters whose case mapping does not round-trip through lower()/upper()
# but which sre treats as equal when ignoring case.
_EXTRA_FOLDS = [
    'sſ', 'k\u212a', '\u00e5\u212b', '\u00b5\u03bc', '\u03b8\u03d1', '\u03b9\u0345\u1fbe',
    '\u03b2\u03d0', '\u03b5\u03f5', '\u03ba\u03f0', '\u03c0\u03d6', '\u03c1\u03f1',
    '\u03c2\u03c3', '\u03c6\u03d5', '\u03c9\u2126', '\u00df\u1e9e', '\u0432\u1c80',
]
_FOLD_MAP = {}
for _grp in _EXTRA_FOLDS:
    for _c in _grp:
        _FOLD_MAP[_c] = _grp


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)




_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _warn(msg):
    """FutureWarning attributed to the first caller outside the re package."""
    import sys
    import warnings
    level = 2
    f = sys._getframe(1)
    while f is not None and f.f_globals.get('__name__', '').split('.')[0] == 're':
        f = f.f_back
        level += 1
    warnings.warn(msg, FutureWarning, stacklevel=level)


def fold_variants(c, ascii_only):
    """All single characters equal to c when case is ignored."""
    if ascii_only:
        if c in _ASCII_LETTERS:
            return c.lower() + c.upper()
        return c
    out = c
    for v in (c.lower(), c.upper(), c.upper().lower(), c.lower().upper(), c.title()):
        if len(v) == 1 and v not in out:
            out += v
    extra = _FOLD_MAP.get(c.lower())
    if extra is None:
        extra = _FOLD_MAP.get(c)
    if extra:
        for v in extra:
            for w in (v, v.upper()):
                if len(w) == 1 and w not in out:
                    out += w
    return out


class CharSet:
    """A character class.  `fast` holds the members below U+0100 so the engine
    can test common characters with one set lookup; `slow` decides the rest."""

    def __init__(self, items, negate, ic, ascii_mode):
        # items: list of ('lit', c) / ('range', lo, hi) / ('cat', letter)
        self.items = items
        self.negate = negate
        self.ic = ic
        self.ascii = ascii_mode
        chars = []
        ranges = []
        cats = []
        for it in items:
            if it[0] == 'lit':
                chars.append(it[1])
            elif it[0] == 'range':
                ranges.append((it[1], it[2]))
            else:
                cats.append(it[1])
        self._chars = frozenset(chars)
        self._ranges = ranges
        self._cats = cats
        if ic:
            self.fast = frozenset(ch for ch in _LATIN1 if self.test(ch))
        else:
            members = set(c for c in chars if c < '\u0100')
            for lo, hi in ranges:
                if lo < '\u0100':
                    members.update(map(chr, range(ord(lo), min(ord(hi), 255) + 1)))
            for k in cats:
                members.update(_cat_latin1(k, ascii_mode))
            self.fast = _LATIN1_SET - members if negate else frozenset(members)

    def _raw(self, c):
        if c in self._chars:
            return True
        for lo, hi in self._ranges:
            if lo <= c <= hi:
                return True
        for k in self._cats:
            if _cat_test(k, c, self.ascii):
                return True
        return False

    def test(self, c):
        hit = self._raw(c)
        if not hit and self.ic:
            if self.ascii:
                if c in _ASCII_LETTERS:
                    hit = self._raw(c.swapcase())
            else:
                for v in fold_variants(c, False):
                    if v != c and self._raw(v):
                        hit = True
                        break
        return hit != self.negate

    def slow(self, c):
        return self.test(c)

    def single_chars(self):
        """The members as a string when the class is a short list of
        literal characters (used for search skipping), else None."""
        if self.negate or self._ranges or self._cats or self.ic:
            return None
        return ''.join(sorted(self._chars))


_LATIN1 = [chr(i) for i in range(256)]
_LATIN1_SET = frozenset(_LATIN1)
_cat_cache = {}


def _cat_latin1(k, ascii_mode):
    """The characters below U+0100 in category k (computed once)."""
    key = (k, ascii_mode)
    r = _cat_cache.get(key)
    if r is None:
        r = _cat_cache[key] = frozenset(c for c in _LATIN1 if _cat_test(k, c, ascii_mode))
    return r


def _cat_test(k, c, ascii_mode):
    if k == 'd':
        return c in _ASCII_DIGIT if ascii_mode else c.isdecimal()
    if k == 'D':
        return not _cat_test('d', c, ascii_mode)
    if k == 'w':
        return c in _ASCII_WORD if ascii_mode else (c.isalnum() or c == '_')
    if k == 'W':
        return not _cat_test('w', c, ascii_mode)
    if k == 's':
        return c in _ASCII_SPACE if ascii_mode else c.isspace()
    if k == 'S':
        return not _cat_test('s', c, ascii_mode)
    return False


class Parser:
    def __init__(self, pattern, text, flags, is_bytes):
        self.pattern = pattern      # original object, for error messages
        self.s = text               # str view of the pattern (bytes via latin-1)
        self.n = len(text)
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.lookbehind_groups = None
        self.cond_refs = []
        self.group_widths = {}

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    # -- small helpers ---------------------------------------------------
    def peek(self):
        return self.s[self.i] if self.i < self.n else None

    def skip_verbose(self, flags):
        s = self.s
        while self.i < self.n:
            c = s[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == '#':
                j = s.find('\n', self.i)
                self.i = self.n if j < 0 else j + 1
            else:
                break

    # -- entry point -----------------------------------------------------
    def parse(self):
        node = self.parse_alt(self.flags, 0)
        if self.i < self.n:
            # only an unmatched ')' stops the top level early
            raise self.err('unbalanced parenthesis', self.i)
        for group, pos in self.cond_refs:
            if group > self.ngroups:
                raise self.err('invalid group reference %d' % group, pos)
        return node

    def parse_alt(self, flags, depth):
        branches = [self.parse_seq(flags, depth, depth == 0)]
        while self.i < self.n and self.s[self.i] == '|':
            self.i += 1
            if depth == 0:
                flags |= self.flags
            branches.append(self.parse_seq(flags, depth, False))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, depth, first=False):
        # global flags (?i) may only come before anything else in the first
        # top-level branch (comments and verbose whitespace do not count)
        items = []
        s = self.s
        rep_at = -1
        bare_at = -1
        while True:
            if flags & FLAG_VERBOSE:
                self.skip_verbose(flags)
            if self.i >= self.n:
                break
            c = s[self.i]
            if c == '|' or c == ')':
                break
            start = self.i
            if c in _REPEAT_CHARS:
                rep = self.parse_quant()
                if rep is None:
                    # a '{' that does not form a quantifier is literal
                    self.i = start + 1
                    items.append(self.lit('{', flags))
                    continue
                if not items or bare_at == len(items):
                    raise self.err('nothing to repeat', start)
                if rep_at == len(items):
                    raise self.err('multiple repeat', start)
                prev = items[-1]
                lo, hi = rep
                mode = 'g'
                if self.i < self.n and s[self.i] == '?':
                    self.i += 1
                    mode = 'l'
                elif self.i < self.n and s[self.i] == '+':
                    self.i += 1
                    mode = 'p'
                items[-1] = ('rep', lo, hi, mode, prev)
                rep_at = len(items)
                continue
            flags, node = self.parse_atom(flags, depth, first and not items)
            if node is not None:
                items.append(node)
                if node[0] == 'at' and c != '(':
                    bare_at = len(items)
            rep_at = -1
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def lit(self, c, flags):
        # ic holds every character equal to c ignoring case ('' when that is c alone)
        ic = ''
        if flags & FLAG_IGNORECASE:
            ic = fold_variants(c, bool(flags & FLAG_ASCII) or self.is_bytes)
            if len(ic) == 1:
                ic = ''
        return ('lit', c, ic)

    def parse_quant(self):
        s = self.s
        c = s[self.i]
        if c == '*':
            self.i += 1
            return 0, MAXREPEAT
        if c == '+':
            self.i += 1
            return 1, MAXREPEAT
        if c == '?':
            self.i += 1
            return 0, 1
        # '{m,n}' forms
        j = self.i + 1
        k = j
        while k < self.n and s[k] in _DIGITS:
            k += 1
        lo_txt = s[j:k]
        if k < self.n and s[k] == '}':
            if not lo_txt:
                return None
            hi_txt = lo_txt
            end = k
        elif k < self.n and s[k] == ',':
            m = k + 1
            while m < self.n and s[m] in _DIGITS:
                m += 1
            if m >= self.n or s[m] != '}':
                return None
            hi_txt = s[k + 1:m]
            end = m
        else:
            return None
        lo = int(lo_txt) if lo_txt else 0
        hi = int(hi_txt) if hi_txt else MAXREPEAT
        if lo >= MAXREPEAT or (hi_txt and hi >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi < lo:
            raise self.err('min repeat greater than max repeat', j)
        self.i = end + 1
        return lo, hi

    # -- atoms -------------------------------------------------------------
    def parse_atom(self, flags, depth, at_start):
        """Returns (flags, node); flags change only for global inline flags."""
        s = self.s
        c = s[self.i]
        start = self.i
        self.i += 1
        if c == '.':
            return flags, ('any', bool(flags & FLAG_DOTALL))
        if c == '^':
            return flags, ('at', 'bol' if flags & FLAG_MULTILINE else 'bos')
        if c == '$':
            return flags, ('at', 'eolm' if flags & FLAG_MULTILINE else 'eol')
        if c == '[':
            return flags, self.parse_class(flags, start)
        if c == '\\':
            return flags, self.parse_escape(flags, start)
        if c == '(':
            return self.parse_group(flags, depth, start, at_start)
        return flags, self.lit(c, flags)

    def ascii_mode(self, flags):
        return bool(flags & FLAG_ASCII) or self.is_bytes

    def make_set(self, items, negate, flags):
        return ('set', CharSet(items, negate, bool(flags & FLAG_IGNORECASE), self.ascii_mode(flags)))

    def parse_escape(self, flags, start):
        s = self.s
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c == 'A':
            return ('at', 'bos')
        if c == 'Z':
            return ('at', 'eos')
        if c == 'b':
            return ('at', 'bound')
        if c == 'B':
            return ('at', 'nbound')
        if c in 'dDwWsS':
            return self.make_set([('cat', c)], False, flags)
        if c in _DIGITS:
            # octal escape or group reference
            if c == '0':
                j = self.i
                while j < self.n and j < self.i + 2 and s[j] in _OCTDIGITS:
                    j += 1
                val = int(s[start + 1:j], 8)
                self.i = j
                return self.lit(chr(val), flags)
            if (self.i + 1 < self.n and c in _OCTDIGITS and s[self.i] in _OCTDIGITS
                    and s[self.i + 1] in _OCTDIGITS):
                txt = s[start + 1:self.i + 2]
                val = int(txt, 8)
                if val > 0o377:
                    raise self.err('octal escape value \\%s outside of range 0-0o377' % txt, start)
                self.i += 2
                return self.lit(chr(val), flags)
            j = self.i
            if j < self.n and s[j] in _DIGITS:
                j += 1
            self.i = j
            group = int(s[start + 1:j])
            return self.backref(group, flags, start + 1)
        val = self.common_escape(c, start, False)
        return self.lit(val, flags)

    def common_escape(self, c, start, in_class):
        """Escapes shared by patterns and classes; returns the character."""
        s = self.s
        if c in _SIMPLE_ESCAPES and not (c == 'b' and not in_class):
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            return self.hex_escape(start, 2)
        if (c == 'u' or c == 'U') and not self.is_bytes:
            return self.hex_escape(start, 4 if c == 'u' else 8)
        if c == 'N' and not self.is_bytes:
            return self.named_escape(start)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.err('bad escape \\' + c, start)
        return c

    def named_escape(self, start):
        s = self.s
        if self.i >= self.n or s[self.i] != '{':
            raise self.err('missing {', self.i)
        j = s.find('}', self.i + 1)
        if j < 0 or j == self.i + 1:
            raise self.err('missing character name', self.i + 1)
        name = s[self.i + 1:j]
        import unicodedata
        try:
            c = unicodedata.lookup(name)
        except KeyError:
            raise self.err('undefined character name %r' % name, start) from None
        self.i = j + 1
        return c

    def hex_escape(self, start, width):
        s = self.s
        j = self.i
        while j < self.n and j < self.i + width and s[j] in _HEXDIGITS:
            j += 1
        if j - self.i != width:
            raise self.err('incomplete escape %s' % s[start:j], start)
        val = int(s[self.i:j], 16)
        if val > 0x10FFFF:
            raise self.err('bad escape %s' % s[start:j], start)
        self.i = j
        return chr(val)

    def backref(self, group, flags, pos):
        if group >= MAXGROUPS or group > self.ngroups:
            raise self.err('invalid group reference %d' % group, pos)
        if group in self.open_groups:
            raise self.err('cannot refer to an open group', pos - 1)
        if self.lookbehind_groups is not None and group >= self.lookbehind_groups:
            raise self.err('cannot refer to group defined in the same lookbehind subpattern', self.i)
        return ('ref', group, bool(flags & FLAG_IGNORECASE))

    def parse_class(self, flags, start):
        s = self.s
        items = []
        negate = False
        if self.i < self.n and s[self.i] == '[':
            _warn('Possible nested set at position %d' % self.i)
        if self.i < self.n and s[self.i] == '^':
            negate = True
            self.i += 1
        first = True
        while True:
            if self.i >= self.n:
                raise self.err('unterminated character set', start)
            c = s[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            item_start = self.i
            if (items and c in '-&~|' and self.i + 1 < self.n and s[self.i + 1] == c):
                _warn('Possible set %s at position %d' % (_SET_OPS[c], self.i))
            first = False
            lo = self.class_item()
            if (self.i + 1 < self.n and s[self.i] == '-' and s[self.i + 1] != ']'):
                self.i += 1
                if s[self.i] == '-':
                    _warn('Possible set difference at position %d' % (self.i - 1))
                hi = self.class_item()
                if lo[0] != 'lit' or hi[0] != 'lit':
                    raise self.err('bad character range %s' % s[item_start:self.i], item_start)
                if hi[1] < lo[1]:
                    raise self.err('bad character range %s' % s[item_start:self.i], item_start)
                items.append(('range', lo[1], hi[1]))
            else:
                items.append(lo)
        if not negate and len(items) == 1 and items[0][0] == 'lit':
            return self.lit(items[0][1], flags)
        return self.make_set(items, negate, flags)

    def class_item(self):
        s = self.s
        c = s[self.i]
        start = self.i
        self.i += 1
        if c != '\\':
            return ('lit', c)
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return ('cat', c)
        if c in _OCTDIGITS:
            j = self.i
            while j < self.n and j < start + 4 and s[j] in _OCTDIGITS:
                j += 1
            txt = s[start + 1:j]
            val = int(txt, 8)
            if val > 0o377:
                raise self.err('octal escape value \\%s outside of range 0-0o377' % txt, start)
            self.i = j
            return ('lit', chr(val))
        return ('lit', self.common_escape(c, start, True))

    def group_name(self, terminator, start):
        s = self.s
        j = s.find(terminator, self.i)
        if j < 0:
            if self.i >= self.n:
                raise self.err('missing group name', self.i)
            raise self.err('missing %s, unterminated name' % terminator, self.i)
        name = s[self.i:j]
        if not name:
            raise self.err('missing group name', self.i)
        if not name.isidentifier():
            raise self.err('bad character in group name %r' % name, self.i)
        if self.is_bytes and not name.isascii():
            raise self.err('bad character in group name %r' % name, self.i)
        pos = self.i
        self.i = j + 1
        return name, pos

    def parse_group(self, flags, depth, start, at_start):
        s = self.s
        capture = True
        name = None
        kind = 'group'
        inner_flags = flags
        if self.i < self.n and s[self.i] == '?':
            self.i += 1
            if self.i >= self.n:
                raise self.err('unexpected end of pattern', self.i)
            c = s[self.i]
            self.i += 1
            if c == 'P':
                if self.i >= self.n:
                    raise self.err('unexpected end of pattern', self.i)
                c = s[self.i]
                self.i += 1
                if c == '<':
                    name, npos = self.group_name('>', start)
                elif c == '=':
                    name, npos = self.group_name(')', start)
                    if name not in self.groupindex:
                        raise self.err('unknown group name %r' % name, npos)
                    gi = self.groupindex[name]
                    if gi in self.open_groups:
                        raise self.err('cannot refer to an open group', npos)
                    if self.lookbehind_groups is not None and gi >= self.lookbehind_groups:
                        raise self.err('cannot refer to group defined in the same lookbehind subpattern', self.i)
                    return flags, ('ref', gi, bool(flags & FLAG_IGNORECASE))
                else:
                    raise self.err('unknown extension ?P' + c, start + 1)
            elif c == ':':
                capture = False
            elif c == '#':
                j = s.find(')', self.i)
                if j < 0:
                    raise self.err('missing ), unterminated comment', start)
                self.i = j + 1
                return flags, None
            elif c == '=' or c == '!':
                kind = ('look', True, c == '!')
                capture = False
            elif c == '<':
                if self.i >= self.n:
                    raise self.err('unexpected end of pattern', self.i)
                c2 = s[self.i]
                if c2 == '=' or c2 == '!':
                    self.i += 1
                    kind = ('look', False, c2 == '!')
                    capture = False
                else:
                    # 3.11 spells named groups (?P<name>...) only
                    raise self.err('unknown extension ?<' + c2, start + 1)
            elif c == '>':
                kind = 'atomic'
                capture = False
            elif c == '(':
                return flags, self.parse_conditional(flags, depth, start)
            elif c in _FLAG_LETTERS or c == '-':
                self.i -= 1
                res = self.parse_flags(flags, start, at_start)
                if res[0] == 'global':
                    return res[1], None
                inner_flags = res[1]
                capture = False
            else:
                raise self.err('unknown extension ?' + c, start + 1)
        index = None
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if index >= MAXGROUPS:
                raise self.err('too many groups', start)
            if name is not None:
                if name in self.groupindex:
                    raise self.err('redefinition of group name %r as group %d; was group %d'
                                   % (name, index, self.groupindex[name]), npos)
                self.groupindex[name] = index
            self.open_groups.add(index)
        saved_lb = self.lookbehind_groups
        if isinstance(kind, tuple) and not kind[1] and saved_lb is None:
            self.lookbehind_groups = self.ngroups + 1
        body = self.parse_alt(inner_flags, depth + 1)
        self.lookbehind_groups = saved_lb
        if self.i >= self.n or s[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        if capture:
            self.open_groups.discard(index)
            self.group_widths[index] = width(body, self.group_widths)
            return flags, ('group', index, body)
        if kind == 'atomic':
            return flags, ('atomic', body)
        if isinstance(kind, tuple):
            lo = 0
            if not kind[1]:
                lo, hi = width(body, self.group_widths)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
            return flags, ('look', kind[1], kind[2], body, lo)
        return flags, body

    def parse_flags(self, flags, start, at_start):
        s = self.s
        add = 0
        while self.i < self.n and s[self.i] not in '-:)':
            c = s[self.i]
            f = _FLAG_LETTERS.get(c)
            if f is None:
                if c.isalpha():
                    raise self.err('unknown flag', self.i)
                raise self.err('missing -, : or )', self.i)
            self.i += 1
            if f == FLAG_LOCALE and not self.is_bytes:
                raise self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i)
            if f == FLAG_UNICODE and self.is_bytes:
                raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i)
            if f & _TYPE_FLAGS and add & _TYPE_FLAGS and not (add & f):
                raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
            add |= f
        if self.i >= self.n:
            raise self.err('missing -, : or )', self.i)
        c = s[self.i]
        if c == ')':
            self.i += 1
            if not at_start:
                raise self.err('global flags not at the start of the expression', start)
            newflags = flags | add
            if newflags & FLAG_ASCII and newflags & FLAG_UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            self.flags |= add
            return 'global', newflags
        remove = 0
        if c == '-':
            self.i += 1
            if self.i >= self.n or not s[self.i].isalpha():
                raise self.err('missing flag', self.i)
            while self.i < self.n and s[self.i].isalpha():
                f = _FLAG_LETTERS.get(s[self.i])
                if f is None:
                    raise self.err('unknown flag', self.i)
                self.i += 1
                if f & _TYPE_FLAGS:
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i)
                remove |= f
            if self.i >= self.n or s[self.i] != ':':
                raise self.err('missing :', self.i)
        if s[self.i] != ':':
            raise self.err('missing -, : or )', self.i)
        if add & remove:
            raise self.err('bad inline flags: flag turned on and off', self.i)
        self.i += 1
        newflags = (flags | add) & ~remove
        if add & _TYPE_FLAGS:
            newflags = (newflags & ~_TYPE_FLAGS) | (add & _TYPE_FLAGS)
        return 'scoped', newflags

    def parse_conditional(self, flags, depth, start):
        s = self.s
        j = s.find(')', self.i)
        if j < 0:
            if self.i >= self.n:
                raise self.err('missing group name', self.i)
            raise self.err('missing ), unterminated name', self.i)
        ref = s[self.i:j]
        rpos = self.i
        if not ref:
            raise self.err('missing group name', rpos)
        if ref.isdigit() and ref.isascii():
            group = int(ref)
            if group == 0:
                raise self.err('bad group number', rpos)
            if group >= MAXGROUPS:
                raise self.err('invalid group reference %d' % group, rpos)
        else:
            if not ref.isidentifier():
                raise self.err('bad character in group name %r' % ref, rpos)
            if ref not in self.groupindex:
                raise self.err('unknown group name %r' % ref, rpos)
            group = self.groupindex[ref]
        self.i = j + 1
        yes = self.parse_seq(flags, depth + 1)
        no = None
        if self.i < self.n and s[self.i] == '|':
            self.i += 1
            no = self.parse_seq(flags, depth + 1)
            if self.i < self.n and s[self.i] == '|':
                raise self.err('conditional backref with more than two branches', self.i)
        if self.i >= self.n or s[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        # a conditional may name a group defined later in the pattern
        self.cond_refs.append((group, rpos))
        return ('cond', group, yes, no)


def width(node, groups=None):
    """(min, max) number of characters a node can match; max may be MAXREPEAT."""
    k = node[0]
    if k in ('lit', 'any', 'set'):
        return 1, 1
    if k == 'cat':
        lo = hi = 0
        for n in node[1]:
            a, b = width(n, groups)
            lo += a
            hi = min(hi + b, MAXREPEAT)
        return lo, hi
    if k == 'alt':
        ws = [width(n, groups) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == 'group':
        return width(node[2], groups)
    if k == 'atomic':
        return width(node[1], groups)
    if k == 'rep':
        a, b = width(node[4], groups)
        return min(a * node[1], MAXREPEAT), min(b * node[2], MAXREPEAT)
    if k in ('at', 'look'):
        return 0, 0
    if k == 'ref':
        if groups is not None and node[1] in groups:
            return groups[node[1]]
        return 0, MAXREPEAT
    if k == 'cond':
        a, b = width(node[2], groups)
        if node[3] is None:
            c, d = 0, 0
        else:
            c, d = width(node[3], groups)
        return min(a, c), max(b, d)
    return 0, MAXREPEAT


def parse(pattern, text, flags, is_bytes):
    """Parse `text` (str; bytes patterns arrive decoded as latin-1).
    Returns (node, flags, ngroups, groupindex)."""
    p = Parser(pattern, text, flags, is_bytes)
    node = p.parse()
    return node, p.flags, p.ngroups, p.groupindex
