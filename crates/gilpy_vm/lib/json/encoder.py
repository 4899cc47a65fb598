"""JSON encoder: JSONEncoder and the string escaping helpers."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}

ESCAPE_DCT = {}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
ESCAPE_DCT.update(_ESCAPES)
del _i

# str.translate tables: the plain one escapes only what JSON requires; the ASCII one also
# escapes DEL, as CPython's C encoder does.
_TABLE = {ord(k): v for k, v in ESCAPE_DCT.items()}
_ASCII_TABLE = dict(_TABLE)
_ASCII_TABLE[0x7f] = '\\u007f'

_float_repr = float.__repr__
FLOAT_REPR = float.__repr__

# No C accelerator exists in gilpy; code that probes for one finds None.
c_encode_basestring = None
c_encode_basestring_ascii = None
c_make_encoder = None
_int_repr = int.__repr__


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_TABLE) + '"'


encode_basestring = py_encode_basestring


def _escape_non_ascii(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    s = s.translate(_ASCII_TABLE)
    if not s.isascii():
        s = ''.join([c if c < '\x80' else _escape_non_ascii(c) for c in s])
    return '"' + s + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    | list, tuple       | array         |
    | str               | string        |
    | int, float        | number        |
    | True              | true          |
    | False             | false         |
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method that returns a serializable object for ``o``.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            chunks = self.iterencode(o, _one_shot=True)
            if not isinstance(chunks, (list, tuple)):
                chunks = list(chunks)
            return ''.join(chunks)
        parts = []
        # CPython encodes with its C accelerator when there is no indent, and that one
        # words the out-of-range float error without the value.
        _Encoder(self, self.indent is None).write(o, parts)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)
        """
        if _one_shot and self.indent is None:
            parts = []
            _Encoder(self, True).write(o, parts)
            return parts
        return _Encoder(self, False).iterencode(o, 0)


class _Encoder:
    __slots__ = ('markers', 'default', 'encode_str', 'indent', 'item_separator',
                 'key_separator', 'sort_keys', 'skipkeys', 'allow_nan', 'short_nan_msg')

    def __init__(self, enc, short_nan_msg):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.encode_str = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = enc.item_separator
        self.key_separator = enc.key_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.allow_nan = enc.allow_nan
        self.short_nan_msg = short_nan_msg

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not self.allow_nan:
            if self.short_nan_msg:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def keystr(self, key):
        """The JSON text of a dict key, or None when skipkeys drops it."""
        if isinstance(key, str):
            return self.encode_str(key)
        if isinstance(key, float):
            return self.encode_str(self.floatstr(key))
        if key is True:
            return '"true"'
        if key is False:
            return '"false"'
        if key is None:
            return '"null"'
        if isinstance(key, int):
            return '"' + _int_repr(key) + '"'
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o
            return markerid
        return None

    # ---- one-shot encoding into a list of parts ----

    def write(self, o, parts, level=0):
        if isinstance(o, str):
            parts.append(self.encode_str(o))
        elif o is None:
            parts.append('null')
        elif o is True:
            parts.append('true')
        elif o is False:
            parts.append('false')
        elif isinstance(o, int):
            parts.append(_int_repr(o))
        elif isinstance(o, float):
            parts.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.write_list(o, parts, level)
        elif isinstance(o, dict):
            self.write_dict(o, parts, level)
        else:
            markerid = self.enter(o)
            self.write(self.default(o), parts, level)
            if markerid is not None:
                del self.markers[markerid]

    def write_list(self, lst, parts, level):
        if not lst:
            parts.append('[]')
            return
        markerid = self.enter(lst)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            parts.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            parts.append('[')
        first = True
        append = parts.append
        encode_str = self.encode_str
        for value in lst:
            if first:
                first = False
            else:
                append(separator)
            if isinstance(value, str):
                append(encode_str(value))
            elif isinstance(value, int) and value is not True and value is not False:
                append(_int_repr(value))
            else:
                self.write(value, parts, level)
        if newline_indent is not None:
            level -= 1
            append('\n' + indent * level)
        append(']')
        if markerid is not None:
            del self.markers[markerid]

    def write_dict(self, dct, parts, level):
        if not dct:
            parts.append('{}')
            return
        markerid = self.enter(dct)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            parts.append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
            parts.append('{')
        key_separator = self.key_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        append = parts.append
        encode_str = self.encode_str
        for key, value in items:
            if isinstance(key, str):
                k = encode_str(key)
            else:
                k = self.keystr(key)
                if k is None:
                    continue
            if first:
                first = False
            else:
                append(item_separator)
            append(k)
            append(key_separator)
            if isinstance(value, str):
                append(encode_str(value))
            else:
                self.write(value, parts, level)
        if newline_indent is not None:
            level -= 1
            append('\n' + indent * level)
        append('}')
        if markerid is not None:
            del self.markers[markerid]

    # ---- incremental encoding, chunked as CPython's pure-Python encoder does ----

    def scalar(self, o):
        """The text of a scalar, or None for containers and unknown objects."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_repr(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def iterencode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.iter_list(o, level)
        elif isinstance(o, dict):
            yield from self.iter_dict(o, level)
        else:
            markerid = self.enter(o)
            yield from self.iterencode(self.default(o), level)
            if markerid is not None:
                del self.markers[markerid]

    def iter_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        markerid = self.enter(lst)
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    yield from self.iter_list(value, level)
                elif isinstance(value, dict):
                    yield from self.iter_dict(value, level)
                else:
                    yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        if markerid is not None:
            del self.markers[markerid]

    def iter_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        markerid = self.enter(dct)
        yield '{'
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            k = self.keystr(key)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield k
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from self.iter_list(value, level)
            elif isinstance(value, dict):
                yield from self.iter_dict(value, level)
            else:
                yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        if markerid is not None:
            del self.markers[markerid]


# What CPython writes in C (_json's encoder and string escaping) shows no frames in tracebacks.
for _native in (_Encoder, py_encode_basestring, _escape_non_ascii, py_encode_basestring_ascii):
    __import__("_traceback")._native_frames(_native)
del _native
