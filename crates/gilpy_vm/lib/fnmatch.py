"""Shell-style wildcard matching of file names (fnmatch), written for gilpy.

Patterns: * (anything), ? (one character), [seq] (one character in seq), [!seq] (one character
not in seq).  Matching is done by a small matcher of our own rather than through `re`, but
translate() still gives the regular expression text CPython's fnmatch gives for the pattern.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_escape(s):
    return ''.join('\\' + c if c in _REGEX_SPECIAL else c for c in s)


def _class_chunks(pat, i, j):
    """The text of the set pat[i:j] cut at the hyphens that make ranges, with the ranges that
    would be empty (like z-a) taken out, as the shell does."""
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    chunk = pat[i:j]
    if chunk:
        chunks.append(chunk)
    else:
        # a hyphen just before the closing bracket is a plain hyphen
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _scan(pat):
    """Cut a pattern into tokens: '*' for a star, '?' for one character, a str for literal
    text, or ('set', chunks-or-None, text) for a bracket expression.  Yields them in order."""
    tokens = []
    i, n = 0, len(pat)
    lit = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if lit:
                tokens.append(''.join(lit))
                lit = []
            if not tokens or tokens[-1] != '*':
                tokens.append('*')
        elif c == '?':
            if lit:
                tokens.append(''.join(lit))
                lit = []
            tokens.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                lit.append('[')
                continue
            if lit:
                tokens.append(''.join(lit))
                lit = []
            if '-' in pat[i:j]:
                tokens.append(('set', _class_chunks(pat, i, j)))
            else:
                tokens.append(('set', [pat[i:j]]))
            i = j + 1
        else:
            lit.append(c)
    if lit:
        tokens.append(''.join(lit))
    return tokens


def _set_regex(chunks):
    stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks) \
        if len(chunks) > 1 or '-' in chunks[0] else chunks[0].replace('\\', '\\\\')
    for op in '&~|':
        stuff = stuff.replace(op, '\\' + op)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        return '[^' + stuff[1:] + ']'
    if stuff[0] in '^[':
        return '[\\' + stuff + ']'
    return '[' + stuff + ']'


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    pieces = []
    for tok in _scan(pat):
        if tok == '*' or tok == '?':
            pieces.append(tok)
        elif isinstance(tok, tuple):
            pieces.append(_set_regex(tok[1]))
        else:
            pieces.append(_re_escape(tok))
    # Between stars, each fixed run is matched lazily inside an atomic group, so that a pattern
    # with many stars cannot make the regex engine backtrack without end.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] != '*':
        out.append('.' if pieces[i] == '?' else pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        fixed = []
        while i < n and pieces[i] != '*':
            fixed.append('.' if pieces[i] == '?' else pieces[i])
            i += 1
        if i == n:
            out.append('.*')
            out.extend(fixed)
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:%s)\\Z' % ''.join(out)


class _Set:
    """A bracket expression: single characters, ranges, and whether it is negated."""

    __slots__ = ('chars', 'ranges', 'negate')

    def __init__(self, chunks):
        chunks = list(chunks)
        self.negate = False
        if chunks and chunks[0].startswith('!'):
            self.negate = True
            chunks[0] = chunks[0][1:]
        chars = []
        ranges = []
        free_last = False  # whether chars[-1] may start a range
        for k, chunk in enumerate(chunks):
            if k > 0 and chunk and free_last:
                # the chunk before ended with the start of a range that this one ends
                ranges.append((chars.pop(), chunk[0]))
                chars.extend(chunk[1:])
                free_last = len(chunk) > 1
            else:
                if k > 0:
                    chars.append('-')
                chars.extend(chunk)
                free_last = bool(chunk)
        self.chars = ''.join(chars)
        self.ranges = tuple(ranges)

    def matches(self, ch):
        hit = ch in self.chars
        if not hit:
            for lo, hi in self.ranges:
                if lo <= ch <= hi:
                    hit = True
                    break
        return hit != self.negate


def _fixed_at(seg, name, pos):
    """Whether the segment (a list of one-character matchers and literal strings) matches
    name at pos; the segment's length is fixed."""
    for tok in seg:
        if isinstance(tok, str):
            if tok == '?':
                if pos >= len(name):
                    return False
                pos += 1
            else:
                if not name.startswith(tok, pos):
                    return False
                pos += len(tok)
        else:
            if pos >= len(name) or not tok.matches(name[pos]):
                return False
            pos += 1
    return True


class _Matcher:
    """A compiled pattern: the runs of fixed-length tokens between its stars."""

    __slots__ = ('segments', 'lengths', 'starred')

    def __init__(self, pat):
        segments = [[]]
        starred = False
        for tok in _scan(pat):
            if tok == '*':
                segments.append([])
                starred = True
            elif isinstance(tok, tuple):
                segments[-1].append(_Set(tok[1]))
            else:
                segments[-1].append(tok)
        self.segments = segments
        self.starred = starred
        self.lengths = [sum(len(t) if isinstance(t, str) else 1 for t in seg)
                        for seg in segments]

    def match(self, name):
        segs = self.segments
        lens = self.lengths
        if not self.starred:
            return lens[0] == len(name) and _fixed_at(segs[0], name, 0)
        # the first run is anchored at the start, the last at the end; each run between stars
        # is taken at its leftmost place, which is always right when runs have fixed length
        first, last = lens[0], lens[-1]
        if first + last > len(name):
            return False
        if not _fixed_at(segs[0], name, 0):
            return False
        end = len(name) - last
        if not _fixed_at(segs[-1], name, end):
            return False
        pos = first
        for k in range(1, len(segs) - 1):
            seg, length = segs[k], lens[k]
            if length == 0:
                continue
            if len(seg) == 1 and isinstance(seg[0], str) and seg[0] != '?':
                found = name.find(seg[0], pos, end)
                if found < 0:
                    return False
                pos = found + length
                continue
            while True:
                if pos + length > end:
                    return False
                if _fixed_at(seg, name, pos):
                    break
                pos += 1
            pos += length
        return True


_cache = {}


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        if len(_cache) >= 256:
            _cache.clear()
        m = _cache[pat] = _Matcher(pat)
    return m


def _as_str(x):
    if isinstance(x, bytes):
        return str(x, 'latin-1')
    return x


def fnmatchcase(name, pat):
    """Whether name matches the pattern pat, case mattering."""
    if isinstance(pat, bytes) != isinstance(name, bytes):
        if isinstance(pat, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return _compile(_as_str(pat)).match(_as_str(name))


def fnmatch(name, pat):
    """Whether name matches the pattern pat, both first put in normal case (os.path.normcase:
    nothing changes on POSIX)."""
    name = os.fspath(name)
    pat = os.fspath(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the list that match the pattern pat."""
    pat = os.fspath(pat)
    m = _compile(_as_str(pat))
    result = []
    for name in names:
        if isinstance(name, bytes) != isinstance(pat, bytes):
            fnmatchcase(name, pat)
        if m.match(_as_str(name)):
            result.append(name)
    return result
