"""String constants, capwords, Template strings and the Formatter class."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset("_" + ascii_letters)
_ID_REST = frozenset("_" + ascii_letters + digits)
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


class _Chain:
    """Keyword arguments looked up before the positional mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """$-substitution strings: $name, ${name} and $$ for a literal $."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None
    pattern = None

    def __init__(self, template):
        self.template = template

    # The default syntax is scanned by hand; a subclass that changes the
    # patterns gets them compiled with the re module.
    def _custom_regex(self):
        cls = type(self)
        if cls.pattern is None and cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None:
            return None
        compiled = cls.__dict__.get("_compiled_pattern")
        if compiled is not None:
            return compiled
        import re
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            pattern = (
                "%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                % (delim, delim, ident, braced)
            )
        if isinstance(pattern, str):
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            pattern = re.compile(pattern, flags | re.VERBOSE)
        cls._compiled_pattern = pattern
        return pattern

    def _tokens(self):
        """Yield (kind, text, start, end) over the template.

        kind is 'text', 'escaped', 'named', 'braced' or 'invalid'; for
        'invalid' start is the index just past the delimiter.
        """
        regex = self._custom_regex()
        text = self.template
        if regex is not None:
            yield from self._regex_tokens(regex, text)
            return
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0 or dlen == 0:
                if pos < n:
                    yield ("text", text[pos:], pos, n)
                return
            if i > pos:
                yield ("text", text[pos:i], pos, i)
            j = i + dlen
            if text.startswith(delim, j):
                yield ("escaped", delim, i, j + dlen)
                pos = j + dlen
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield ("named", text[j:k], i, k)
                pos = k
                continue
            if j < n and text[j] == "{" and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == "}":
                    yield ("braced", text[j + 1:k], i, k + 1)
                    pos = k + 1
                    continue
            yield ("invalid", delim, j, j)
            pos = j

    def _regex_tokens(self, regex, text):
        pos = 0
        for mo in regex.finditer(text):
            if mo.start() > pos:
                yield ("text", text[pos:mo.start()], pos, mo.start())
            groups = mo.groupdict()
            if groups.get("escaped") is not None:
                yield ("escaped", self.delimiter, mo.start(), mo.end())
            elif groups.get("named") is not None:
                yield ("named", groups["named"], mo.start(), mo.end())
            elif groups.get("braced") is not None:
                yield ("braced", groups["braced"], mo.start(), mo.end())
            elif groups.get("invalid") is not None:
                yield ("invalid", text[mo.start():mo.end()], mo.start("invalid"), mo.end())
            else:
                raise ValueError("Unrecognized named group in pattern", regex)
            pos = mo.end()
        if pos < len(text):
            yield ("text", text[pos:], pos, len(text))

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            lineno = colno = 1
        else:
            lineno = len(lines)
            colno = index - len("".join(lines[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for kind, text, start, end in self._tokens():
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "invalid":
                self._invalid(start)
            else:
                out.append("%s" % (mapping[text],))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        template = self.template
        for kind, text, start, end in self._tokens():
            if kind == "text" or kind == "escaped":
                out.append(text)
            elif kind == "invalid":
                out.append(text)
            else:
                try:
                    out.append("%s" % (mapping[text],))
                except KeyError:
                    out.append(template[start:end])
        return "".join(out)

    def is_valid(self):
        for kind, text, start, end in self._tokens():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, start, end in self._tokens():
            if (kind == "named" or kind == "braced") and text not in ids:
                ids.append(text)
        return ids


def _parse_format(s):
    """Split a format string the way str.format does.

    Yields (literal, field_name, format_spec, conversion) tuples.
    """
    n = len(s)
    pos = 0
    while pos < n:
        lit_start = pos
        c = ""
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = pos >= n
        lit_end = pos
        if c == "}" and markup and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                lit_end -= 1
        literal = s[lit_start:lit_end]
        if not markup:
            yield (literal, None, None, None)
            continue
        # field name: runs to ':', '!' or '}', skipping over [...] parts
        name_start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                close = s.find("]", pos)
                pos = n if close < 0 else close
                continue
            if c in "}:!":
                break
        field_name = s[name_start:pos - 1]
        conversion = None
        if c == "!" or c == ":":
            if c == "!":
                if pos >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == "}":
                        yield (literal, field_name, "", conversion)
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            done = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        done = True
                        break
            if not done:
                raise ValueError("unmatched '{' in format spec")
            yield (literal, field_name, s[spec_start:pos - 1], conversion)
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        else:
            yield (literal, field_name, "", None)


def _split_field_name(name):
    """Return (first, iterator of (is_attr, key)) for a replacement field name.

    Like str.format, the rest is parsed lazily: a malformed tail is only
    reported after the first part has been looked up.
    """
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            j = i
            while j < n and name[j] not in ".[":
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            yield True, name[i:j]
            i = j
        elif c == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError("Empty attribute in format string")
            key = name[i:j]
            if key.isdigit() and key.isascii():
                key = int(key)
            yield False, key
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """The machinery of str.format, open to overriding piece by piece."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
