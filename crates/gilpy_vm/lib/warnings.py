"""Warning control, written for gilpy: warn(), the filters, showwarning and catch_warnings,
behaving as CPython 3.11's warnings module does.

One difference: gilpy has no `re` module yet, so the message and module patterns of
filterwarnings() match as plain text (a message pattern as a case-insensitive prefix, a
module pattern exactly) rather than as regular expressions.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 0
_source_cache = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError, TypeError, ValueError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for one warning."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_orig = showwarning
_record_log = None


class WarningMessage(object):
    """One warning, as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _showwarnmsg(msg):
    if _record_log is not None and showwarning is _showwarning_orig:
        _record_log.append(msg)
        return
    if showwarning is _showwarning_orig and msg.source is not None:
        # gilpy has no tracemalloc, which CPython reports as "not tracing"
        text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
        text += "%s: Enable tracemalloc to get the object allocation traceback\n" % msg.category.__name__
        file = msg.file if msg.file is not None else sys.stderr
        if file is not None:
            try:
                file.write(text)
            except OSError:
                pass
        return
    # a program may have replaced warnings.showwarning
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _warn_unawaited_coroutine(coro):
    # called by the interpreter when a coroutine that never ran is destroyed
    warn("coroutine '%s' was never awaited" % coro.__qualname__, RuntimeWarning, stacklevel=2, source=coro)


def _check_category(category):
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))


def _message_matches(pattern, text):
    return pattern is None or str(text).lower().startswith(pattern.lower())


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: the first filter that matches a warning decides what happens to it."""
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line) alone."""
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, attributed to the caller `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    _check_category(category)
    if stacklevel < 1:
        stacklevel = 1
    try:
        # warn has no frame of its own (see the end of this module): level 1 is frame 0
        frame = sys._getframe(stacklevel - 1)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__", "<string>")
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicit place."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_message_matches(msg, text) and issubclass(category, cat)
                and (mod is None or mod == module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """Save the filters and showwarning on entry and restore them on exit; with
    record=True, collect the warnings in a list instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global _record_log
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        _filters_rebind(self._module.filters)
        self._showwarning = self._module.showwarning
        self._saved_log = _record_log
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _record_log = log
            self._module.showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global _record_log
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        _filters_rebind(self._filters)
        self._module.showwarning = self._showwarning
        _record_log = self._saved_log


def _filters_rebind(new):
    global filters
    filters = new
    _filters_mutated()


# -W options and PYTHONWARNINGS (sys.warnoptions), applied once at import as CPython does:
# each is action:message:category:module:lineno, later ones taking precedence.

class _OptionError(Exception):
    pass


def _getaction(action):
    if not action:
        return "default"
    for a in ("default", "always", "ignore", "module", "once", "error"):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        modname, _, klass = category.rpartition(".")
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


_processoptions(sys.warnoptions)


# CPython's warn and warn_explicit are C (_warnings): a warning turned into an error, or an
# error while issuing one, shows no frame of theirs in a traceback.
for _native in (warn, warn_explicit):
    __import__("_traceback")._native_frames(_native)
del _native
