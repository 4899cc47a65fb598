"""CSV file reading and writing (the csv module, with the _csv parser in Python)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
           'quoting', 'skipinitialspace', 'strict')


def _char_param(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class _Dialect:
    """A validated, read-only set of formatting parameters (like _csv.Dialect)."""

    __slots__ = _PARAMS

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _UNSET)
            return _UNSET

        delimiter = _char_param('delimiter', pick('delimiter'), ',', False)
        doublequote = pick('doublequote')
        doublequote = True if doublequote is _UNSET else bool(doublequote)
        escapechar = _char_param('escapechar', pick('escapechar'), None, True)
        lineterminator = pick('lineterminator')
        if lineterminator is _UNSET:
            lineterminator = '\r\n'
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = pick('quoting')
        quoting_given = quoting is not _UNSET
        if not quoting_given:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        elif quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        quotechar = pick('quotechar')
        if quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        quotechar = _char_param('quotechar', quotechar, '"', True)
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        skip = pick('skipinitialspace')
        strict = pick('strict')
        set_ = object.__setattr__
        set_(self, 'delimiter', delimiter)
        set_(self, 'doublequote', doublequote)
        set_(self, 'escapechar', escapechar)
        set_(self, 'lineterminator', lineterminator)
        set_(self, 'quotechar', quotechar)
        set_(self, 'quoting', quoting)
        set_(self, 'skipinitialspace', False if skip is _UNSET else bool(skip))
        set_(self, 'strict', False if strict is _UNSET else bool(strict))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


class Dialect:
    """Describe a CSV dialect; subclass it and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


# parser states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # marks the end of each input line


class Reader:
    def __init__(self, iterable, dialect=None, **fmtparams):
        self._it = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        d = self.dialect
        # a line without any special character is split with str.split
        self._special = ''.join(c for c in (d.quotechar, d.escapechar) if c) + '\r'
        self._simple_ok = not d.skipinitialspace and d.quoting != QUOTE_NONNUMERIC

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._flen = 0
        self._state = _START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        self._flen = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if self._flen >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._flen += 1
        self._field.append(c)

    def _add_text(self, text):
        if self._flen + len(text) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._flen += len(text)
        self._field.append(text)

    def _parse_line(self, line):
        # Runs of ordinary characters inside a field are copied in one slice; every
        # other character goes through the state machine one at a time.
        d = self.dialect
        n = len(line)
        i = 0
        unquoted_stops = [c for c in (d.delimiter, d.escapechar, '\r', '\n') if c]
        quoted_stops = [c for c in (d.escapechar,) if c]
        if d.quotechar and d.quoting != QUOTE_NONE:
            quoted_stops.append(d.quotechar)
        process = self._process
        while i < n:
            state = self._state
            if state == _IN_FIELD or state == _IN_QUOTED_FIELD:
                stops = unquoted_stops if state == _IN_FIELD else quoted_stops
                j = n
                for c in stops:
                    k = line.find(c, i, j)
                    if k >= 0:
                        j = k
                if j > i:
                    self._add_text(line[i:j])
                    i = j
                    continue
            process(line[i])
            i += 1
        process(_EOL)

    def __next__(self):
        self._reset()
        first = True
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._flen or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if first and self._simple_ok:
                first = False
                fields = self._split_simple(line)
                if fields is not None:
                    return fields
            self._parse_line(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _split_simple(self, line):
        body = line[:-1] if line.endswith('\n') else line
        if '\n' in body:
            return None
        for c in self._special:
            if c in body:
                return None
        if not body:
            return []
        fields = body.split(self.dialect.delimiter)
        for f in fields:
            if len(f) > _field_limit:
                return None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need '
                            'to open the file in universal-newline mode?')


Reader.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    return Reader(csvfile, dialect, **fmtparams)


class Writer:
    def __init__(self, fileobj, dialect=None, **fmtparams):
        write = getattr(fileobj, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _Dialect(dialect, **fmtparams)
        d = self.dialect
        self._specials = set(d.lineterminator)
        self._specials.add(d.delimiter)
        if d.quotechar is not None:
            self._specials.add(d.quotechar)
        if d.escapechar is not None:
            self._specials.add(d.escapechar)
        self._specials = tuple(self._specials)
        self._simple_quoting = (d.escapechar is None and d.quoting != QUOTE_NONE
                                and d.doublequote)

    def _field(self, value, quoted):
        d = self.dialect
        for c in self._specials:
            if c in value:
                break
        else:
            return d.quotechar + value + d.quotechar if quoted else value
        if self._simple_quoting:
            # every special character just forces quoting; quote characters are doubled
            q = d.quotechar
            return q + value.replace(q, q + q) + q
        out = []
        for c in value:
            if c in self._specials:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        value = ''.join(out)
        return d.quotechar + value + d.quotechar if quoted else value

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        parts = []
        quoting = d.quoting
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
                # other numbers (Fraction, Decimal) define __index__/__float__
                if quoted and field is not None and (hasattr(type(field), '__float__')
                                                     or hasattr(type(field), '__index__')):
                    quoted = False
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__module__ = '_csv'


def writer(csvfile, dialect=None, **fmtparams):
    return Writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # reading the header row is part of the first step
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        return cls


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
