"""Names for the interpreter's internal types, plus dynamic class creation helpers.

Each type is taken from a live object of that kind, so isinstance() checks against these names
agree with what the interpreter really creates. Kinds of object gilpy does not have yet
(getset/member and classmethod descriptors) are not defined here.
"""

import sys

__all__ = []


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # so that it is not reported as never awaited


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ModuleType = type(sys)


def _tb_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__, sys._getframe()


_tb, _frame = _tb_and_frame()
TracebackType = type(_tb)
FrameType = type(_frame)
del _tb, _frame, _tb_and_frame

MappingProxyType = type(type.__dict__)
GenericAlias = type(list[int])
UnionType = type(int | str)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _c, _ag, _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    __hash__ = None

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_running
        key = id(self)
        if key in active:
            return f"{name}(...)"
        active.add(key)
        try:
            body = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            active.discard(key)
        return f"{name}({body})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()
SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    """Replace bases that are not classes but define __mro_entries__ (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, "__mro_entries__", None)
        if mro_entries is None:
            continue
        new = mro_entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Work out the metaclass and namespace for a class about to be created.

    Returns (metaclass, namespace, kwds) where kwds no longer holds 'metaclass'.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, calling exec_body(ns) to fill its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """An attribute that is routed to the class's __getattr__ when looked up on the class.

    Lets an instance attribute share its name with a class attribute (enum members' .name
    and .value are the standard use).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


_CO_COROUTINE = 0x80
_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator awaitable (its __await__ is the generator itself) while it stays
    usable as a generator: what a types.coroutine-decorated function returns."""

    def __init__(self, gen):
        self._wrapped = gen
        self._isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self._wrapped.send(val)

    def throw(self, tp, *rest):
        return self._wrapped.throw(tp, *rest)

    def close(self):
        return self._wrapped.close()

    @property
    def gi_code(self):
        return self._wrapped.gi_code

    @property
    def gi_frame(self):
        return self._wrapped.gi_frame

    @property
    def gi_running(self):
        return self._wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self._wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self._wrapped)

    def __iter__(self):
        if self._isgen:
            return self._wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Decorator for generator-based coroutines: calls of func return awaitable objects.

    (CPython marks the generator function's code object as an iterable coroutine; gilpy's
    code objects cannot be changed, so generators are wrapped in an awaitable instead.)
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and func.__code__.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
        return func

    import functools
    import collections.abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if (coro.__class__ is GeneratorType
                or (isinstance(coro, collections.abc.Generator)
                    and not isinstance(coro, collections.abc.Coroutine))):
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
