"""Inspecting live objects (inspect), written for gilpy: type predicates, members, docstrings,
call signatures (Signature, Parameter, BoundArguments), generator states, and the source of
functions and classes read back from their files.
"""

import sys
import functools

__all__ = [
    "BoundArguments", "CO_GENERATOR", "CO_COROUTINE", "CO_VARARGS", "CO_VARKEYWORDS",
    "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "Parameter", "Signature",
    "cleandoc", "currentframe", "getdoc", "getfile", "getmembers", "getmodule", "getmro",
    "getsource", "getsourcefile", "getsourcelines", "getgeneratorstate", "isabstract",
    "isbuiltin", "isclass", "iscode", "iscoroutinefunction", "isframe", "isfunction",
    "isgenerator", "isgeneratorfunction", "ismethod", "ismodule", "isroutine", "istraceback",
    "signature", "unwrap", "get_annotations", "getfullargspec", "getframeinfo",
    "getouterframes", "getinnerframes", "stack", "trace", "findsource", "getblock",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def _sample_function():
    pass


def _sample_generator():
    yield


class _SampleClass:
    def method(self):
        pass


_ModuleType = type(sys)
_FunctionType = type(_sample_function)
_CodeType = type(_sample_function.__code__)
_MethodType = type(_SampleClass().method)
_GeneratorType = type(_sample_generator())
_BuiltinFunctionType = type(len)
_MethodDescriptorType = type(str.join)
_FrameType = type(sys._getframe()) if hasattr(sys, '_getframe') else None


def _traceback_type():
    try:
        raise ValueError
    except ValueError as e:
        return type(e.__traceback__)


_TracebackType = _traceback_type()
# callables implemented natively: they carry no Python signature
_NATIVE_CALLABLE_TYPES = tuple({_BuiltinFunctionType, _MethodDescriptorType,
                                type(object.__init__), type(object().__str__),
                                type(int.__add__), type((1).__add__)})


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscode(object):
    return isinstance(object, _CodeType)


def isframe(object):
    return _FrameType is not None and isinstance(object, _FrameType)


def istraceback(object):
    return isinstance(object, _TracebackType)


def isbuiltin(object):
    return isinstance(object, _BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutine(object):
    # gilpy has no coroutine objects yet, so nothing is one
    return type(object).__name__ == 'coroutine' and hasattr(object, 'cr_frame')


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """All (name, value) pairs of the object's attributes, sorted by name; only those whose
    value satisfies predicate when it is given."""
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        # attributes reached through the metaclass-free MRO, some of which dir() may not list
        try:
            for base in object.__mro__:
                for k in base.__dict__:
                    if k not in processed and k not in names:
                        names.append(k)
        except AttributeError:
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def cleandoc(doc):
    """A docstring with its indentation made uniform and blank lines at each end removed."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), '__func__', None) \
            is obj.__func__ else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _owner_class(func)
        if cls is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _owner_class(func):
    """The class a plain function was defined in, found through its qualified name."""
    qualname = getattr(func, '__qualname__', '')
    if '.' not in qualname or '<locals>' in qualname:
        return None
    module = sys.modules.get(getattr(func, '__module__', None))
    cls = module
    for part in qualname.split('.')[:-1]:
        cls = getattr(cls, part, None)
    return cls if isclass(cls) else None


def getdoc(object):
    """The cleaned-up documentation string of object (inherited one for classes and methods
    without their own), or None."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """The object at the end of the chain of __wrapped__ attributes from func."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def currentframe():
    """The frame of the caller, or None where frames are not available."""
    if hasattr(sys, "_getframe"):
        return sys._getframe(1)
    return None


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a class, module or callable)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = getattr(obj, '__globals__', None)
        if globals is None and ismodule(obj):
            globals = obj.__dict__
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---------------------------------------------------------------------------------------------
# Source code
# ---------------------------------------------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The name of the Python source file object came from, or None."""
    filename = getfile(object)
    if not filename.endswith('.py'):
        return None
    try:
        open(filename).close()
    except OSError:
        return None
    return filename


def _read_lines(object):
    filename = getsourcefile(object)
    if filename is None:
        name = getfile(object)
        # gilpy's library is built into the binary: its code is named "<frozen MODULE>"
        if name.startswith('<frozen ') and name.endswith('>'):
            import _imp
            try:
                return _imp._frozen_source(name[8:-1]).splitlines(True)
            except ImportError:
                pass
        raise OSError('could not get source code')
    try:
        with open(filename) as f:
            lines = f.read().splitlines(True)
    except (OSError, UnicodeDecodeError):
        raise OSError('could not get source code')
    if not lines:
        raise OSError('could not get source code')
    return lines


def _logical_starts(lines):
    """For each line, whether it begins a new logical line (not inside brackets or a
    triple-quoted string, not after a backslash continuation)."""
    starts = []
    depth = 0
    quote = None
    cont = False
    for line in lines:
        starts.append(depth == 0 and quote is None and not cont)
        cont = False
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                q3 = c * 3
                quote = q3 if line.startswith(q3, i) else c
                i += len(quote)
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth = max(depth - 1, 0)
            i += 1
        if quote is not None and len(quote) == 1:
            # a one-quote string cannot go on past its line
            quote = None
        if quote is None and line.rstrip('\r\n').endswith('\\'):
            cont = True
    return starts


def _indent_of(line):
    return len(line) - len(line.lstrip())


def getblock(lines):
    """The lines of the definition (with its decorators) at the start of lines."""
    starts = _logical_starts(lines)
    i = 0
    n = len(lines)
    while i < n and lines[i].lstrip().startswith('@'):
        i += 1
        while i < n and not starts[i]:
            i += 1
    if i >= n:
        return lines[:i]
    head = lines[i]
    base = _indent_of(head)
    stripped = head.lstrip()
    if not (stripped.startswith('def ') or stripped.startswith('class ')
            or stripped.startswith('async ')):
        # a lambda: its logical line only
        j = i + 1
        while j < n and not starts[j]:
            j += 1
        return lines[:j]
    j = i + 1
    # the rest of the header, up to where its logical line ends
    while j < n and not starts[j]:
        j += 1
    last = j
    while j < n:
        line = lines[j]
        if starts[j] and line.strip() and not line.lstrip().startswith('#'):
            if _indent_of(line) <= base:
                break
            last = j + 1
        elif not starts[j]:
            last = j + 1
        j += 1
    return lines[:last]


def findsource(object):
    """All the lines of object's source file, and the index of the line where object
    starts."""
    lines = _read_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__
        stack = []
        for lnum, line in enumerate(lines):
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            for kw, is_def in (('class ', False), ('def ', True), ('async def ', True)):
                if stripped.startswith(kw):
                    rest = stripped[len(kw):].lstrip()
                    name = ''
                    for ch in rest:
                        if ch.isalnum() or ch == '_':
                            name += ch
                        else:
                            break
                    while stack and stack[-1][0] >= indent:
                        stack.pop()
                    parts = []
                    for _, n, d in stack:
                        parts.append(n)
                        if d:
                            parts.append('<locals>')
                    if not is_def and '.'.join(parts + [name]) == qualname:
                        start = lnum
                        while start > 0 and lines[start - 1].lstrip().startswith('@'):
                            start -= 1
                        return lines, start
                    stack.append((indent, name, is_def))
                    break
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        while lnum > 0:
            s = lines[lnum].lstrip()
            if s.startswith('def ') or s.startswith('async ') or s.startswith('@') \
                    or 'lambda' in lines[lnum]:
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """The list of source lines of object, and the number of its first line."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object (a module, class, method, function, ...)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------

class _void:
    """A marker for "argument not given" (None is a valid value)."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    """The kind of a parameter; an int, ordered as parameters must be."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __reduce__(self):
        return (_kind_of, (int(self),))


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
          _VAR_KEYWORD)


def _kind_of(value):
    return _KINDS[value]


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation).__name__ == 'GenericAlias':
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _is_keyword(name):
    return name in ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
                    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
                    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
                    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
                    'with', 'yield')


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if isinstance(kind, _ParameterKind):
            self._kind = kind
        elif type(kind) is int and 0 <= kind <= 4:
            self._kind = _KINDS[kind]
        else:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # the hidden argument of a comprehension's code
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier() or _is_keyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class _ParameterMapping:
    """The read-only, ordered mapping name -> Parameter that Signature.parameters is."""

    __slots__ = ('_data',)

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __reversed__(self):
        return reversed(list(self._data))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _ParameterMapping):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'OrderedDict([%s])' % ', '.join('(%r, %r)' % kv for kv in self._data.items())


class BoundArguments:
    """The result of Signature.bind(): which argument goes to which parameter."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = 'wrong parameter order: {} parameter before {} parameter'.format(
                            top_kind.description, kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = _ParameterMapping(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls, globals, locals, eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        n = len(params)
        pi = 0
        ai = 0
        rest_from = None
        while True:
            if ai >= len(args):
                # no more positional arguments
                if pi >= n:
                    rest_from = n
                    break
                param = params[pi]
                pi += 1
                if param.kind == _VAR_POSITIONAL:
                    rest_from = pi
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{arg!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(arg=param.name))
                    rest_from = pi - 1
                    break
                elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                    rest_from = pi - 1
                    break
                elif partial:
                    rest_from = pi - 1
                    break
                else:
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param.name))
            arg_val = args[ai]
            ai += 1
            if pi >= n:
                raise TypeError('too many positional arguments')
            param = params[pi]
            pi += 1
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (arg_val,) + tuple(args[ai:])
                rest_from = pi
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(
                    arg=param.name))
            arguments[param.name] = arg_val

        kwargs = dict(kwargs)
        kwargs_param = None
        for param in params[rest_from:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as '
                                    'a keyword'.format(arg=param.name))
                arguments[param_name] = kwargs.pop(param_name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name))

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments to parameters; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(cls, func, globals=None, locals=None, eval_str=False):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    Param = cls._parameter_cls
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Param(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Param(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        index += 1
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Param(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Param(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    """The signature without its first parameter (the one a bound method fills)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial):
    old_params = list(wrapped_sig.parameters.values())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    # new parameters, in order; those a keyword made keyword-only move to the end
    front = []
    back = []
    transform_to_kwonly = False
    for param in old_params:
        name = param.name
        new = param
        drop = False
        if name in ba.arguments:
            arg_value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                drop = True
            elif param.kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    transform_to_kwonly = True
                    new = param.replace(default=arg_value)
                else:
                    drop = True
            elif param.kind is _KEYWORD_ONLY:
                new = param.replace(default=arg_value)
        if drop:
            continue
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                back.append(new.replace(kind=_KEYWORD_ONLY))
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                back.append(new)
            # a *args after a keyword-bound parameter can no longer be reached
        else:
            front.append(new)
    return wrapped_sig.replace(parameters=front + back)


def _user_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NATIVE_CALLABLE_TYPES):
        return None
    return meth


def _signature_from_callable(obj, follow_wrapped=True, sigcls=None, globals=None,
                             locals=None, eval_str=False, skip_bound_arg=True):
    if sigcls is None:
        sigcls = Signature

    def again(o):
        return _signature_from_callable(o, follow_wrapped, sigcls, globals, locals, eval_str,
                                        skip_bound_arg)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _MethodType):
        sig = again(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, _MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'
                                .format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, globals, locals, eval_str)

    if isinstance(obj, functools.partial):
        return _signature_get_partial(again(obj.func), obj)

    if isinstance(obj, _NATIVE_CALLABLE_TYPES):
        raise ValueError('no signature found for builtin {!r}'.format(obj))

    if isinstance(obj, type):
        sig = None
        call = _user_method(type(obj), '__call__')
        if call is not None and type(obj) is not type:
            sig = again(call)
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls([])
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return _signature_bound_method(sig) if skip_bound_arg else sig

    call = _user_method(type(obj), '__call__')
    if call is not None:
        sig = again(call)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


_FullArgSpec = None


def getfullargspec(func):
    """The names and defaults of func's parameters, as a FullArgSpec named tuple."""
    global _FullArgSpec
    if _FullArgSpec is None:
        from collections import namedtuple
        _FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                                  'kwonlyargs, kwonlydefaults, annotations')
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return _FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                        annotations)


# ---------------------------------------------------------------------------------------------
# Frames and stacks
# ---------------------------------------------------------------------------------------------

_frame_tuples = {}


def _tuple_class(name):
    """The named tuple classes Traceback and FrameInfo, made on first use."""
    cls = _frame_tuples.get(name)
    if cls is None:
        from collections import namedtuple
        if name == 'Traceback':
            cls = namedtuple('Traceback', 'filename lineno function code_context index')
        else:
            cls = namedtuple('FrameInfo', 'frame filename lineno function code_context index')
        cls.__module__ = __name__
        _frame_tuples[name] = cls
    return cls


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame or traceback; the
    context is that many source lines around the current one."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return _tuple_class('Traceback')(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    FrameInfo = _tuple_class('FrameInfo')
    framelist = []
    while frame:
        framelist.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames it leads to."""
    FrameInfo = _tuple_class('FrameInfo')
    framelist = []
    while tb:
        framelist.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's frame and those above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records from the frame of the exception being handled down to where it was
    raised."""
    return getinnerframes(sys.exc_info()[2], context)


def _main():
    """`-m inspect MODULE[:QUALNAME] [-d]`: print an object's source, or facts about its
    module."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser()
    parser.add_argument('object',
                        help="The object to be analysed. It supports the 'module:qualname' syntax")
    parser.add_argument('-d', '--details', action='store_true',
                        help='Display info about the module rather than its source code')
    args = parser.parse_args()

    target = args.object
    mod_name, has_attrs, attrs = target.partition(":")
    try:
        obj = module = importlib.import_module(mod_name)
    except Exception as exc:
        print(f"Failed to import {mod_name} ({type(exc).__name__}: {exc})", file=sys.stderr)
        sys.exit(2)
    if has_attrs:
        obj = module
        for part in attrs.split("."):
            obj = getattr(obj, part)
    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)
    if not args.details:
        print(getsource(obj))
        return
    print(f'Target: {target}')
    print(f'Origin: {getsourcefile(module)}')
    print(f'Cached: {getattr(module, "__cached__", None)}')
    if obj is module:
        print(f'Loader: {module.__loader__!r}')
        if hasattr(module, '__path__'):
            print(f'Submodule search path: {module.__path__}')
    else:
        try:
            _, lineno = findsource(obj)
        except Exception:
            pass
        else:
            print(f'Line: {lineno}')
    print('\n')


if __name__ == "__main__":
    _main()
