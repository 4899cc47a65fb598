"""doctest, written for gilpy: run the interactive examples in docstrings and text files,
and report those whose output differs, in CPython 3.11's words.

An example is a `>>> ` line, its `... ` continuation lines, and the output lines after it up
to a blank line or the next `>>> `. Each runs with compile(..., "single") in a copy of its
module's globals, with stdout captured. A docstring's examples share one namespace.

testmod(), testfile() and run_docstring_examples() are here with the finder, parser, runner
and checker classes behind them. The unittest integration (DocTestSuite, DocFileSuite) and
the debugger entry points need unittest and pdb, which gilpy does not have; diff-style
reports (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF) need difflib and raise its
ModuleNotFoundError when a failure asks for one.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
]

import __future__
import inspect
import io
import linecache
import os
import sys
import traceback
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------------------------
# Option flags: each name gets the next bit
# ---------------------------------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag for `name`, a new bit the first time the name is seen."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _indent(text, indent=4):
    """Every non-empty line of `text` moved right by `indent` spaces."""
    pad = ' ' * indent
    return ''.join(pad + line if line not in ('', '\n') else line
                   for line in text.splitlines(True))


def _exception_traceback(exc_info):
    """The whole traceback of an exc_info triple, as print_exception writes it."""
    buffer = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=buffer)
    return buffer.getvalue()


class _SpoofOut(io.StringIO):
    """Where an example's stdout goes: its text always ends with a newline."""

    def getvalue(self):
        text = io.StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size or 0)
        io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    start, end = len(first), len(got) - len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _strip_exception_details(msg):
    """An exception line without its module path and its detail: 'a.b.Err: x' -> 'Err'."""
    end = len(msg)
    newline = msg.find("\n")
    if newline >= 0:
        end = newline
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end]


def _blank_or_comment(source):
    stripped = source.lstrip(' ')
    return '\n' not in source and (stripped == '' or stripped.startswith('#'))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_traceback_header(line):
    line = line.rstrip()
    return line in ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _exception_message(want):
    """The expected exception's lines when `want` shows a traceback, else None."""
    lines = want.split('\n')
    if not lines or not _is_traceback_header(lines[0]):
        return None
    for i in range(1, len(lines)):
        line = lines[i]
        if line and (line[0].isalnum() or line[0] == '_'):
            return '\n'.join(lines[i:])
    return None


def _extract_future_flags(globs):
    """The compiler flags of the `__future__` features imported into `globs`."""
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name, None)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


# ---------------------------------------------------------------------------------------------
# Examples and tests
# ---------------------------------------------------------------------------------------------


class Example:
    """One example: its source, the output it should print (`want`), the exception message
    it should raise (`exc_msg`), its line in the docstring (from 0), its indentation and its
    option directives ({flag: on})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options,
                self.exc_msg) == (other.source, other.want, other.lineno, other.indent,
                                  other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring (or file), with the globals they run in and where the
    docstring is (`filename`, `lineno` from 0)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            examples = 'no examples'
        elif count == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno) == (other.examples, other.docstring, other.globs, other.name,
                                 other.filename, other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno if self.lineno is not None else -1, id(self))
                < (other.name, other.filename, other.lineno if other.lineno is not None else -1,
                   id(other)))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """The docstring's pieces in order: text strings and Example objects."""
        string = string.expandtabs()
        lines = string.split('\n')
        indents = [_leading_spaces(line) for line in lines if line.strip(' ')]
        common = min(indents) if indents else 0
        if common > 0:
            lines = [line[common:] for line in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            indent = _leading_spaces(line)
            if not line[indent:].startswith('>>>'):
                text.append(line)
                i += 1
                continue
            output.append('\n'.join(text) + '\n' if text else '')
            text = []
            first = i
            source_lines = [line]
            i += 1
            while i < len(lines) and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while (i < len(lines) and lines[i].strip(' ')
                   and not lines[i].lstrip(' ').startswith('>>>')):
                want_lines.append(lines[i])
                i += 1
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, first)
            if not _blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=first,
                                      indent=common + indent, options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples in `string`."""
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        for i, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        if want:
            want += '\n'
        exc_msg = _exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            hash_at = line.find('#')
            while hash_at >= 0:
                rest = line[hash_at + 1:].lstrip()
                if rest.startswith('doctest:') and not any(q in rest for q in '\'"'):
                    for option in rest[len('doctest:'):].replace(',', ' ').split():
                        if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                             % (lineno + 1, name, option))
                        options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
                    break
                hash_at = line.find('#', hash_at + 1)
        if options and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + i + 1, name, line))


class DocTestFinder:
    """Finds the docstrings of a module, class or function and of what they define."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and what it contains, sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            file = None
        else:
            if not file:
                file = inspect.getfile(obj)
                if file[0] + file[-2:] != '<]>':
                    file = None
        if file is not None:
            try:
                with open(file, encoding='utf-8') as f:
                    source_lines = f.read().splitlines(True) or None
            except (OSError, UnicodeDecodeError):
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        """Whether `obj` was defined in `module`."""
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if (self._is_routine(value) or inspect.isclass(value)) and self._from_module(module, value):
                    self._find(tests, value, '%s.%s' % (name, key), module, source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or inspect.ismodule(value)
                        or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, classes, or modules: %r"
                                     % (type(value),))
                self._find(tests, value, '%s.__test__.%s' % (name, key), module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value) or isinstance(value, property))
                        and self._from_module(module, value)):
                    self._find(tests, value, '%s.%s' % (name, key), module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The line (from 0) where obj's docstring starts, or None."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            cls_name = getattr(obj, '__name__', '-')
            for i, line in enumerate(source_lines):
                words = line.lstrip()
                if words.startswith('class'):
                    rest = words[5:].lstrip()
                    if rest.startswith(cls_name) and not (rest[len(cls_name):len(cls_name) + 1].isalnum()
                                                          or rest[len(cls_name):len(cls_name) + 1] == '_'):
                        lineno = i
                        break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        # the docstring starts on the first line from there that opens a string
        for i in range(lineno, len(source_lines)):
            if _opens_string(source_lines[i]):
                return i
        return None


def _opens_string(line):
    """A line that is, after an optional `...:`, spaces and a string prefix, a quote."""
    candidates = [line]
    colon = line.rfind(':')
    while colon >= 0:
        candidates.append(line[colon + 1:])
        colon = line.rfind(':', 0, colon)
    for text in candidates:
        text = text.lstrip()
        i = 0
        while i < len(text) and (text[i].isalnum() or text[i] == '_'):
            i += 1
        if text[i:i + 1] in ('"', "'"):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Checking output and running
# ---------------------------------------------------------------------------------------------


class OutputChecker:
    """Compares an example's expected and actual output under the option flags."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        """Whether `got` is acceptable as `want`."""
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if line.startswith(BLANKLINE_MARKER) and not line[len(BLANKLINE_MARKER):].strip()
                             else line for line in want.split('\n'))
            got = '\n'.join('' if not line.strip() else line for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report of how `got` differs from the example's expected output."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = '\n'.join(BLANKLINE_MARKER if not line.strip(' ') and i < got.count('\n') else line
                            for i, line in enumerate(got.split('\n')))
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib  # not in gilpy: the ModuleNotFoundError says so
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


class DocTestRunner:
    """Runs DocTests, reports failures, and counts tries and failures per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        if example.want:
            out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
        else:
            out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            # the name under which a traceback shows the example's lines
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exception is None:
                outcome = 'success' if check(example.want, got, self.optionflags) else 'failure'
            else:
                lines = traceback.format_exception_only(exception[0], exception[1])
                if issubclass(exception[0], SyntaxError):
                    # the carets and the source line are not compared, only the message on
                    prefixes = (f"{exception[0].__qualname__}:",
                                f"{exception[0].__module__}.{exception[0].__qualname__}:")
                    first = next(i for i, line in enumerate(lines) if line.startswith(prefixes))
                    lines = lines[first:]
                exc_msg = ''.join(lines)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'success'
                elif (self.optionflags & IGNORE_EXCEPTION_DETAIL
                      and check(_strip_exception_details(example.exc_msg),
                                _strip_exception_details(exc_msg), self.optionflags)):
                    outcome = 'success'
                else:
                    outcome = 'failure'
            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'failure':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, failures, tries):
        self._tally(test.name, failures, tries)
        self.failures += failures
        self.tries += tries

    def _tally(self, name, failures, tries):
        old_failures, old_tries = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (failures + old_failures, tries + old_tries)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of `test`, writing reports through `out` (stdout's write by
        default). Returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        save_stdout = sys.stdout
        if out is None:
            encoding = save_stdout.encoding
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(text):
                    save_stdout.write(text.encode(encoding, 'backslashreplace').decode(encoding))
        sys.stdout = self._fakeout
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        # tracebacks read an example's lines through linecache, under its <doctest ...> name
        save_getlines = linecache.getlines
        linecache.getlines = self.__example_lines
        self.__saved_getlines = save_getlines
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            linecache.getlines = save_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def __example_lines(self, filename, module_globals=None):
        prefix = '<doctest %s[' % self.test.name
        if filename.startswith(prefix) and filename.endswith(']>'):
            number = filename[len(prefix):-2]
            if number.isdigit() and int(number) < len(self.test.examples):
                return self.test.examples[int(number)].source.splitlines(True)
        return self.__saved_getlines(filename, module_globals)

    def summarize(self, verbose=None):
        """Print the totals (and, verbose, every test's); returns TestResults."""
        if verbose is None:
            verbose = self._verbose
        no_tests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (failures, tries) in self._name2ft.items():
            total_tries += tries
            total_failures += failures
            if tries == 0:
                no_tests.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries)))
        if verbose:
            if no_tests:
                print(len(no_tests), "items had no tests:")
                for name in sorted(no_tests):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, tries in sorted(passed):
                    print(" %3d tests in %s" % (tries, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (failures, tries) in sorted(failed):
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (failures, tries) in other._name2ft.items():
            self._tally(name, failures, tries)


class DocTestFailure(Exception):
    """An example's output differed (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failing example instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------------------------
# The entry points
# ---------------------------------------------------------------------------------------------

# the runner of every testmod/testfile so far, merged
master = None


def _merge_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module `m` (`__main__` by default) and of the
    functions and classes it defines. Returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def _module_relative_path(depth, path):
    if os.path.isabs(path):
        raise ValueError("Module-relative files may not have absolute paths")
    caller = sys._getframe(depth).f_globals.get('__name__')
    module = sys.modules.get(caller)
    base = getattr(module, '__file__', None)
    directory = os.path.dirname(base) if base else os.curdir
    return os.path.join(directory, *path.split('/'))


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file (relative to the calling module's folder unless
    module_relative is False). Returns TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        if package is not None:
            if isinstance(package, str):
                package = sys.modules[package]
            base = os.path.dirname(package.__file__)
            filename = os.path.join(base, *filename.split('/'))
        else:
            filename = _module_relative_path(2, filename)
    with open(filename, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in f's docstring only, in `globs`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def _test():
    """`-m doctest FILE...`: a `.py` file is imported and testmod'ed, another is testfile'd."""
    import argparse

    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[],
                        help=('specify a doctest option flag to apply to the test run; may be '
                              'specified more than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this is a shorthand '
                              'for -o FAIL_FAST, and is in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            directory, base = os.path.split(filename)
            sys.path.insert(0, directory)
            module = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
