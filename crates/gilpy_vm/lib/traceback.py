"""traceback, written for gilpy: extracting, formatting and printing stack traces as CPython 3.11
does. Frames, source lines and chaining are handled here; the 3.11 caret lines (^^^ / ~~~^^^)
need instruction positions that code objects do not expose, so they are taken from the
interpreter's own printer (_traceback)."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"
_sentinel = object()
try:
    from collections.abc import Sequence as _Sequence
except ImportError:
    _Sequence = (list, tuple, str, bytes, range)
_MYFILE = sys._getframe().f_code.co_filename


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


# ---------------------------------------------------------------- caret lines from the native printer

def _tb_list(tb):
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


def _same_tb(a, b):
    # traceback objects are not kept unique by the interpreter: compare what they point at
    return a is b or (a is not None and b is not None and a.tb_frame is b.tb_frame and
                      a.tb_lasti == b.tb_lasti and a.tb_lineno == b.tb_lineno)


def _parse_entries(lines, want):
    """Entries of a native traceback body, [source, caret, File-line] each, repeats expanded."""
    entries = []
    cur = None
    for line in lines:
        if line.startswith('  File "'):
            if len(entries) >= want:
                break
            cur = [None, None, line]
            entries.append(cur)
        elif line.startswith('    ') and cur is not None and cur[1] is None:
            if cur[0] is None:
                cur[0] = line[4:]
            else:
                cur[1] = line[4:]
        elif line.startswith('  [Previous line repeated ') and entries:
            try:
                n = int(line.split()[3])
            except (ValueError, IndexError):
                return None
            for _ in range(n):
                entries.append(list(entries[-1]))
            cur = None
        else:
            break
    return entries


def _native_entries(exc):
    """[source, caret, File-line] per entry of exc's own traceback, as the interpreter prints it."""
    want = len(_tb_list(exc.__traceback__))
    if not want:
        return []
    saved = (exc.__cause__, exc.__context__, exc.__suppress_context__)
    limit = getattr(sys, 'tracebacklimit', _sentinel)
    try:
        # only exc's own entries are wanted, all of them
        exc.__cause__ = None
        exc.__context__ = None
        if limit is not _sentinel:
            del sys.tracebacklimit
        text = _traceback.format_exception(exc)
    except Exception:
        return None
    finally:
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved
        if limit is not _sentinel:
            sys.tracebacklimit = limit
    lines = text.split('\n')
    if lines[0] == 'Traceback (most recent call last):':
        body = lines[1:]
    elif lines[0].endswith('+ Exception Group Traceback (most recent call last):'):
        body = []
        for line in lines[1:]:
            if not line.startswith('  |   '):
                break
            body.append(line[4:])
    else:
        return None
    entries = _parse_entries(body, want)
    if entries is None or len(entries) != want:
        return None
    return entries


def _related(exc, seen, out):
    # exc plus everything chained to it or grouped in it
    if exc is None or id(exc) in seen or len(seen) > 200:
        return
    seen.add(id(exc))
    out.append(exc)
    _related(exc.__cause__, seen, out)
    _related(exc.__context__, seen, out)
    for sub in getattr(exc, 'exceptions', None) or ():
        if isinstance(sub, BaseException):
            _related(sub, seen, out)


def _tb_carets(tb):
    """(source, caret, header) per entry of tb's chain, None where its exception is not found."""
    helper = getattr(_traceback, 'tb_carets', None)
    if helper is not None:
        return [(None, c, None) for c in helper(tb)]
    # a bare traceback: look for its exception where callers usually keep it (the one being
    # handled, or a local of a calling frame). No cache of recent exceptions: holding them would
    # keep their frames, and the locals of those, alive.
    seen = set()
    candidates = []
    _related(sys.exc_info()[1], seen, candidates)
    f = sys._getframe(1)
    depth = 0
    while f is not None and depth < 8:
        if f.f_code.co_filename != _MYFILE:
            for v in list(f.f_locals.values()):
                if isinstance(v, BaseException):
                    _related(v, seen, candidates)
            depth += 1
        f = f.f_back
    for exc in candidates:
        chain = _tb_list(exc.__traceback__)
        for i, t in enumerate(chain):
            if _same_tb(t, tb):
                entries = _native_entries(exc)
                return None if entries is None else entries[i:]
    return None


# ---------------------------------------------------------------- frames

def walk_stack(f):
    """(frame, lineno) from f outwards through f_back; the caller's frame when f is None."""
    if f is None:
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename == _MYFILE:
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack summary; compares and unpacks like (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_carets', '_fallback_line')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._carets = None
        self._fallback_line = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
            # the interpreter keeps the source of its built-in modules; exec'd strings get none
            if not self._line and self._fallback_line and self.filename.startswith('<frozen '):
                self._line = self._fallback_line
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary, outermost first, that formats itself as a traceback body."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract(frame_gen, None, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, frame_gen, carets, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(frame_gen)
        if carets is not None and len(carets) == len(items):
            items = [(f, n, c) for (f, n), c in zip(items, carets)]
        else:
            items = [(f, n, None) for f, n in items]
        if limit is not None:
            # a negative limit keeps the innermost entries
            items = items[:limit] if limit >= 0 else items[limit:]
        result = klass()
        fnames = set()
        for f, lineno, extra in items:
            if f is None:
                # the interpreter lost this entry's frame: use what its own printer shows
                filename, name = _split_header(extra[2] if extra else None)
                f_locals = None
            else:
                co = f.f_code
                filename, name = co.co_filename, co.co_name
                linecache.lazycache(filename, f.f_globals)
                f_locals = f.f_locals if capture_locals else None
            fnames.add(filename)
            fs = FrameSummary(filename, lineno, name, lookup_line=False, locals=f_locals)
            if extra is not None:
                fs._fallback_line, fs._carets = extra[0], extra[1]
                _columns_from_carets(fs)
            result.append(fs)
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line))
            carets = frame_summary._carets if isinstance(frame_summary, FrameSummary) else None
            if carets is None:
                carets = _simple_carets(frame_summary)
            if carets:
                # CPython 3.11 counts the line's trailing whitespace as stripped from the
                # front too, so its markers move left by that much
                original = frame_summary._original_line or ''
                body = original.rstrip('\r\n')
                trail = len(body) - len(body.rstrip())
                if trail:
                    pad = len(carets) - len(carets.lstrip(' '))
                    carets = carets[min(trail, pad):]
                row.append('    {}\n'.format(carets))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            # a subclass hides a frame by formatting it as None; it then counts for nothing
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
        return result


def _columns_from_carets(fs):
    # colno/end_colno are UTF-8 offsets into the unstripped line, as code positions are
    original = fs._original_line
    if not original:
        return
    lead = len(original) - len(original.lstrip())
    # no caret line is printed when the failing expression is the whole line
    marks = fs._carets or '^' * len(original.strip())
    start = lead + len(marks) - len(marks.lstrip())
    end = lead + len(marks.rstrip())
    fs.colno = len(original[:start].encode('utf-8'))
    fs.end_colno = len(original[:end].encode('utf-8'))
    fs.end_lineno = fs.lineno


def _split_header(header):
    # '  File "NAME", line N, in FUNC' -> (NAME, FUNC)
    if not header:
        return '<unknown>', '<unknown>'
    start = header.find('"') + 1
    mid = header.rfind('", line ')
    comma = header.find(', in ', mid)
    if start <= 0 or mid < 0 or comma < 0:
        return '<unknown>', '<unknown>'
    return header[start:mid], header[comma + 5:]


def _repeat_line(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def _simple_carets(fs):
    # a FrameSummary built by hand with columns: mark the range unless it is the whole line
    colno, end_colno = getattr(fs, 'colno', None), getattr(fs, 'end_colno', None)
    if colno is None or end_colno is None or getattr(fs, 'end_lineno', fs.lineno) != fs.lineno:
        return None
    original = fs._original_line if isinstance(fs, FrameSummary) else fs.line
    stripped = len(original) - len(original.lstrip())
    line = original.strip()
    width = end_colno - colno
    if width <= 0 or width >= len(line):
        return None
    return ' ' * (colno - stripped) + '^' * width


def extract_tb(tb, limit=None):
    """StackSummary of a traceback's entries, outermost first."""
    return StackSummary._extract(walk_tb(tb), _tb_carets(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """StackSummary of the current stack (or from frame f), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the locals of every frame of a traceback (frames still running are skipped)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# ---------------------------------------------------------------- exceptions

class _ExceptionPrintContext:
    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            if not prefix:
                yield text
            else:
                yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for later rendering: type, message, stack summary, chained and
    grouped exceptions, notes."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        carets = None
        if exc_traceback is None:
            pass
        elif (not hasattr(_traceback, 'tb_carets') and isinstance(exc_value, BaseException)
                and _same_tb(exc_traceback, exc_value.__traceback__)):
            carets = _native_entries(exc_value)
        else:
            carets = _tb_carets(exc_traceback)
        self.stack = StackSummary._extract(walk_tb(exc_traceback), carets, limit,
                                           lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        self.__cause__ = self.__context__ = self.exceptions = None
        if not is_recursive_call:
            self._link(exc_value, compact, _seen, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen))

    def _link(self, exc_value, compact, seen, kw):
        # Chained and grouped exceptions are wrapped without recursion, a stack of pending
        # (wrapper, exception) pairs: a long __context__ chain must not exhaust the stack. Which
        # exception gets wrapped first decides, through `seen`, where a shared one is shown.
        # Only the outermost exception is compact; the ones it links to are not.
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            if e is None:
                continue
            cause = e.__cause__
            te.__cause__ = None
            if cause is not None and id(cause) not in seen:
                te.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kw)
            if te is self and compact:
                need_context = te.__cause__ is None and not e.__suppress_context__
            else:
                need_context = True
            context = e.__context__
            te.__context__ = None
            if context is not None and need_context and id(context) not in seen:
                te.__context__ = TracebackException(type(context), context,
                                                    context.__traceback__, **kw)
            te.exceptions = None
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [TracebackException(type(x), x, x.__traceback__, **kw)
                                 for x in e.exceptions]
            if te.__cause__ is not None:
                pending.append((te.__cause__, cause))
            if te.__context__ is not None:
                pending.append((te.__context__, context))
            if te.exceptions:
                pending.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_name(self):
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def format_exception_only(self):
        """The lines describing the exception itself (type, message, notes), no traceback."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self._type_name()
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, _Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(pad, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the full report, chained exceptions first, as the interpreter prints it."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # a nested group that ends here draws the closing line itself
                _ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                rest = total - width
                yield from _ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
