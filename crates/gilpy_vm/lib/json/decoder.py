"""JSON decoder: JSONDecoder, JSONDecodeError and the string scanner."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXDIGITS = frozenset('0123456789abcdefABCDEF')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _decode_hex4(s, upos):
    """Read the four hex digits after the 'u' at upos; errors point at the 'u'."""
    h = s[upos + 1:upos + 5]
    if len(h) != 4 or not (h[0] in _HEXDIGITS and h[1] in _HEXDIGITS
                           and h[2] in _HEXDIGITS and h[3] in _HEXDIGITS):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, upos)
    return int(h, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. end is the index of the character after the
    opening quote. Returns (decoded str, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    find = s.find
    q = find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk:
            if strict and chunk and min(chunk) < ' ':
                _control_error(s, end, chunk)
            return chunk, q + 1
    b = find('\\', end, q if q >= 0 else n)
    chunks = []
    append = chunks.append
    while True:
        if q < 0:
            stop = n
        else:
            stop = q
        if b >= 0:
            stop = b
        chunk = s[end:stop]
        if chunk:
            if strict and min(chunk) < ' ':
                _control_error(s, end, chunk)
            append(chunk)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop == q:
            return ''.join(chunks), q + 1
        p = stop + 1
        if p >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[p]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(ch)
            end = p + 1
        else:
            # CPython's scanner insists on at least one character after the four digits.
            if p + 5 >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, p)
            uni = _decode_hex4(s, p)
            end = p + 5
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                uni2 = _decode_hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            append(chr(uni))
        if q >= 0 and q < end:
            q = find('"', end)
        b = find('\\', end, q if q >= 0 else n)


def _control_error(s, start, chunk):
    for k, c in enumerate(chunk):
        if c < ' ':
            raise JSONDecodeError("Invalid control character at", s, start + k)


py_scanstring = scanstring
# There is no C accelerator in gilpy; code that probes for it finds None, as on builds without _json.
c_scanstring = None


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    | array         | list              |
    | string        | str               |
    | number (int)  | int               |
    | number (real) | float             |
    | true          | True              |
    | false         | False             |
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        from json.scanner import make_scanner
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


# What CPython writes in C (_json.scanstring, and the regular expression that skips blanks)
# shows no frames in tracebacks.
for _native in (_skip_ws, _decode_hex4, scanstring, _control_error):
    __import__("_traceback")._native_frames(_native)
del _native
