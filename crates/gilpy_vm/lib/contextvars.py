"""Context variables: per-context state, as used by asyncio tasks and threads."""

import threading as _threading

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()
_state = _threading.local()


def _current():
    # each thread starts in its own empty context, as in CPython
    ctx = getattr(_state, 'ctx', None)
    if ctx is None:
        ctx = Context()
        _state.ctx = ctx
    return ctx


class Context:
    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self):
        # _data is never mutated in place: set() replaces it, so copies can share it
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        prev = getattr(_state, 'ctx', None)
        self._entered = True
        _state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.ctx = prev
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    return _current().copy()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __slots__ = ('_var', '_old', '_ctx', '_used')

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'Token' is not an acceptable base type")

    @classmethod
    def _make(cls, var, old, ctx):
        tok = object.__new__(cls)
        tok._var = var
        tok._old = old
        tok._ctx = ctx
        tok._used = False
        return tok

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        new = dict(ctx._data)
        new[self] = value
        ctx._data = new
        return Token._make(self, old, ctx)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        parts = ['<ContextVar name=%r' % (self._name,)]
        if self._default is not _NO_DEFAULT:
            parts.append(' default=%r' % (self._default,))
        parts.append(' at 0x%x>' % id(self))
        return ''.join(parts)
