"""Weak references and the containers built on them.

The reference type itself (ref / ReferenceType), getweakrefcount() and getweakrefs() are
native (_weakref).  This module adds proxies, WeakMethod, the weak dictionaries, WeakSet
(from _weakrefset) and finalize.  See the library reference for the documented behaviour.
"""

from _weakref import getweakrefcount, getweakrefs, ref, _remove_dead_weakref
from _weakrefset import WeakSet
from collections import abc as _collections_abc
import operator as _op
import sys

ReferenceType = ref

__all__ = [
    "CallableProxyType", "ProxyType", "ProxyTypes", "ReferenceType",
    "WeakKeyDictionary", "WeakMethod", "WeakSet", "WeakValueDictionary",
    "finalize", "getweakrefcount", "getweakrefs", "proxy", "ref",
]

_deref = ref.__call__
_dict_type = dict
_DEAD = "weakly-referenced object no longer exists"


# --- proxies -------------------------------------------------------------------------------
#
# A proxy is itself a weak reference (a private subclass of ref), so the native machinery
# counts it in getweakrefcount(), lists it in getweakrefs() and hands it to its callback.
# Every operation looks the referent up and applies itself to it.

def _target(p):
    obj = _deref(p)
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


def _plain(x):
    # operands that are proxies take part through their referents
    t = type(x)
    if t is ProxyType or t is CallableProxyType:
        return _target(x)
    return x


def _forward_binary(fn):
    def method(self, other):
        return fn(_target(self), _plain(other))
    return method


def _forward_reflected(fn):
    def method(self, other):
        return fn(_plain(other), _target(self))
    return method


def _forward_unary(fn):
    def method(self):
        return fn(_target(self))
    return method


_sealed = False


class _ProxyBase(ref):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def __init_subclass__(cls, **kwargs):
        if _sealed:
            base = next((b for b in cls.__mro__[1:] if b in ProxyTypes), cls.__base__)
            raise TypeError(f"type 'weakref.{base.__name__}' is not an acceptable base type")
        super().__init_subclass__(**kwargs)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __dir__(self):
        return dir(_target(self))

    def __repr__(self):
        obj = _deref(self)
        return f"<weakproxy at {id(self):#x} to {type(obj).__name__} at {id(obj):#x}>"

    def __str__(self):
        return str(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        obj = _target(self)
        try:
            step = type(obj).__next__
        except AttributeError:
            raise TypeError("Weakref proxy referenced a non-iterator "
                            f"'{type(obj).__name__}' object") from None
        return step(obj)

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return _target(self) ** _plain(other)
        return pow(_target(self), _plain(other), _plain(modulo))

    def __rpow__(self, other, modulo=None):
        if modulo is None:
            return _plain(other) ** _target(self)
        return pow(_plain(other), _target(self), _plain(modulo))

    def __ipow__(self, other, modulo=None):
        obj = _target(self)
        obj **= _plain(other)
        return obj


def _install_forwarders(cls):
    for name, fn in (("eq", _op.eq), ("ne", _op.ne), ("lt", _op.lt), ("le", _op.le),
                     ("gt", _op.gt), ("ge", _op.ge)):
        setattr(cls, f"__{name}__", _forward_binary(fn))
    arith = (("add", _op.add, _op.iadd), ("sub", _op.sub, _op.isub),
             ("mul", _op.mul, _op.imul), ("matmul", _op.matmul, _op.imatmul),
             ("truediv", _op.truediv, _op.itruediv),
             ("floordiv", _op.floordiv, _op.ifloordiv), ("mod", _op.mod, _op.imod),
             ("lshift", _op.lshift, _op.ilshift), ("rshift", _op.rshift, _op.irshift),
             ("and", _op.and_, _op.iand), ("or", _op.or_, _op.ior),
             ("xor", _op.xor, _op.ixor), ("divmod", divmod, None))
    for name, fn, inplace in arith:
        setattr(cls, f"__{name}__", _forward_binary(fn))
        setattr(cls, f"__r{name}__", _forward_reflected(fn))
        if inplace is not None:
            setattr(cls, f"__i{name}__", _forward_binary(inplace))
    for name, fn in (("neg", _op.neg), ("pos", _op.pos), ("abs", abs),
                     ("invert", _op.invert), ("int", int), ("float", float),
                     ("index", _op.index)):
        setattr(cls, f"__{name}__", _forward_unary(fn))
    # __eq__ was set after the class body: keep proxies unhashable
    cls.__hash__ = _ProxyBase.__dict__["__hash__"]


_install_forwarders(_ProxyBase)


class ProxyType(_ProxyBase):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        raise TypeError("'weakref.ProxyType' object is not callable")

    def __bytes__(self):
        return bytes(_target(self))

    def __reversed__(self):
        return reversed(_target(self))


class CallableProxyType(_ProxyBase):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)
_sealed = True
_callback_of = ref.__dict__.get("__callback__")


def _proxy_callback(p):
    if _callback_of is not None:
        return _callback_of.__get__(p)
    return object.__getattribute__(p, "__callback__")


def proxy(*args, **kwargs):
    """proxy(object[, callback]) -> a proxy for object, which is held weakly.

    Without a callback, all such proxies to one object are the same proxy object.  The
    callback, if given, is called with the proxy when the object is about to die."""
    if kwargs:
        raise TypeError("_weakref.proxy() takes no keyword arguments")
    if not 1 <= len(args) <= 2:
        if args:
            raise TypeError(f"proxy expected at most 2 arguments, got {len(args)}")
        raise TypeError("proxy expected at least 1 argument, got 0")
    obj = args[0]
    callback = args[1] if len(args) == 2 else None
    t = type(obj)
    if t is ProxyType or t is CallableProxyType:
        raise TypeError(f"cannot create weak reference to 'weakref.{t.__name__}' object")
    kind = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        for existing in getweakrefs(obj):
            if type(existing) is kind and _proxy_callback(existing) is None:
                return existing
    return ref.__new__(kind, obj, callback)


# --- WeakMethod ----------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method is usually a temporary, so a plain weak reference to it dies at once.
    This one watches the method's object and its function instead and, when called, builds
    an equivalent bound method, or returns None once either of them is gone."""

    __slots__ = ("_func_wr", "_bind", "_live", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        # Either part dying kills the method; the user's callback must run only once.
        def part_died(_wr):
            me = me_wr()
            if me is not None and me._live:
                me._live = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, part_died)
        self._func_wr = ref(func, part_died)
        self._bind = type(meth)
        self._live = True
        me_wr = ref(self)
        return self

    def __call__(self):
        obj = _deref(self)
        func = self._func_wr()
        if obj is None or func is None:
            return None
        return self._bind(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live and other._live:
            return ref.__eq__(self, other) and self._func_wr == other._func_wr
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live and other._live:
            return ref.__ne__(self, other) or self._func_wr != other._func_wr
        return self is not other

    __hash__ = ref.__hash__


# --- KeyedRef ------------------------------------------------------------------------------

class KeyedRef(ref):
    """A weak reference that also carries a key, for callbacks that need to know which
    entry of a container it stood for (WeakValueDictionary uses it)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        wr = ref.__new__(cls, ob, callback)
        wr.key = key
        return wr

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _keyed(ob, callback, key, _make=ref.__new__):
    # KeyedRef(ob, callback, key) without running its Python-level __new__ and __init__:
    # the weak dictionaries make one per stored value
    wr = _make(KeyedRef, ob, callback)
    wr.key = key
    return wr


# --- the weak dictionaries -----------------------------------------------------------------
#
# Both keep their entries in a plain dict, self.data.  Entries whose object dies are dropped
# by a weak-reference callback, except while an iteration over the container is running:
# then they are queued in self._pending and dropped when the last iteration finishes, and
# len() already leaves them out.

class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending = []
        # one entry per running iteration (list append/pop stay atomic between threads)
        self._busy = []

        def _value_died(wr, owner_ref=ref(self), _drop=_remove_dead_weakref):
            owner = owner_ref()
            if owner is None:
                return
            if owner._busy:
                if owner.data.get(wr.key) is wr:
                    owner._pending.append(wr.key)
            else:
                _drop(owner.data, wr.key)

        self._remove = _value_died
        self.update(other, **kw)

    def _done_iterating(self):
        busy = self._busy
        busy.pop()
        if not busy and self._pending:
            keys, d = self._pending, self.data
            while keys:
                _remove_dead_weakref(d, keys.pop())

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self.data[key] = _keyed(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def clear(self):
        self.data.clear()
        self._pending.clear()

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is not None:
            obj = wr()
            if obj is not None:
                return obj
        return default

    def __iter__(self):
        self._busy.append(None)
        try:
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key
        finally:
            self._done_iterating()

    keys = __iter__

    def items(self):
        self._busy.append(None)
        try:
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    yield key, obj
        finally:
            self._done_iterating()

    def values(self):
        self._busy.append(None)
        try:
            for value_ref in self.data.values():
                value = value_ref()
                if value is not None:
                    yield value
        finally:
            self._done_iterating()

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may die meanwhile)."""
        self._busy.append(None)
        try:
            yield from self.data.values()
        finally:
            self._done_iterating()

    def valuerefs(self):
        """A list of the weak references to the values (they may die meanwhile)."""
        return list(self.data.values())

    def _snapshot(self):
        # (key, value) pairs of the live entries, values held strongly
        pairs = []
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                pairs.append((key, obj))
        return pairs

    def copy(self):
        new = WeakValueDictionary()
        new.update(self._snapshot())
        return new

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        import copy as _copy
        new = type(self)()
        for key, obj in self._snapshot():
            new[_copy.deepcopy(key, memo)] = obj
        return new

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        obj = None if wr is None else wr()
        if obj is None:
            if not args:
                raise KeyError(key)
            obj = args[0]
        return obj

    def popitem(self):
        take = self.data.popitem
        while True:
            key, wr = take()
            obj = wr()
            if obj is not None:
                return key, obj

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        obj = None if wr is None else wr()
        if obj is None:
            self.data[key] = _keyed(default, self._remove, key)
            return default
        return obj

    def update(self, other=None, /, **kwargs):
        d = self.data
        cb = self._remove
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, obj in pairs:
                d[key] = _keyed(obj, cb, key)
        for key, obj in kwargs.items():
            d[key] = _keyed(obj, cb, key)

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away with its key.

    Keys are matched by their own __eq__/__hash__, through the weak references."""

    def __init__(self, dict=None):
        self.data = {}
        self._pending = []
        # one entry per running iteration (list append/pop stay atomic between threads)
        self._busy = []

        def _key_died(wr, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is None:
                return
            if owner._busy:
                if wr in owner.data:
                    owner._pending.append(wr)
            else:
                owner.data.pop(wr, None)

        self._remove = _key_died
        if dict is not None:
            self.update(dict)

    def _done_iterating(self):
        busy = self._busy
        busy.pop()
        if not busy and self._pending:
            dead, d = self._pending, self.data
            while dead:
                d.pop(dead.pop(), None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def clear(self):
        self.data.clear()
        self._pending.clear()

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __iter__(self):
        self._busy.append(None)
        try:
            for key_ref in self.data:
                key = key_ref()
                if key is not None:
                    yield key
        finally:
            self._done_iterating()

    keys = __iter__

    def items(self):
        self._busy.append(None)
        try:
            for wr, value in self.data.items():
                obj = wr()
                if obj is not None:
                    yield obj, value
        finally:
            self._done_iterating()

    def values(self):
        self._busy.append(None)
        try:
            for key_ref, value in self.data.items():
                if key_ref() is not None:
                    yield value
        finally:
            self._done_iterating()

    def keyrefs(self):
        """A list of the weak references to the keys (they may die meanwhile)."""
        return list(self.data)

    def _snapshot(self):
        pairs = []
        for wr, value in list(self.data.items()):
            obj = wr()
            if obj is not None:
                pairs.append((obj, value))
        return pairs

    def copy(self):
        new = WeakKeyDictionary()
        new.update(self._snapshot())
        return new

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        import copy as _copy
        new = type(self)()
        for obj, value in self._snapshot():
            new[obj] = _copy.deepcopy(value, memo)
        return new

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        take = self.data.popitem
        while True:
            wr, value = take()
            obj = wr()
            if obj is not None:
                return obj, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        cb = self._remove
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else _dict_type(dict).items()
            for key, value in pairs:
                d[ref(key, cb)] = value
        for key, value in kwargs.items():
            d[ref(key, cb)] = value

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# --- finalize ------------------------------------------------------------------------------

def _seq_of(f):
    return f._seq


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once obj dies.

    The finalizer is kept alive by the module until it has run or has been detached; it
    runs at most once.  Finalizers still pending when the interpreter exits run then
    (newest first) if their atexit attribute is true, which it is by default."""

    __slots__ = ("_wr", "_func", "_args", "_kwargs", "_at_exit", "_seq", "__weakref__")

    # every pending finalizer, in creation order; this is what keeps them alive
    _pending = {}
    _made = 0
    _hooked = False
    _exit_done = False

    def __init__(self, obj, func, /, *args, **kwargs):
        wr = ref(obj, self)
        cls = finalize
        if not cls._hooked:
            import atexit
            atexit.register(cls._run_pending_at_exit)
            cls._hooked = True
        self._wr = wr
        self._func = func
        self._args = args
        self._kwargs = kwargs or None
        self._at_exit = True
        cls._made += 1
        self._seq = cls._made
        cls._pending[self] = None

    def _forget(self):
        # unregister, and let go of what the finalizer held
        finalize._pending.pop(self, None)
        self._wr = self._func = self._args = self._kwargs = None

    def __call__(self, _=None):
        """Run the finalizer if it is still pending; return its result (else None)."""
        if finalize._exit_done or self not in finalize._pending:
            return None
        func, args, kwargs = self._func, self._args, self._kwargs
        self._forget()
        return func(*args, **(kwargs or {}))

    def _live_object(self):
        if self not in finalize._pending:
            return None
        return self._wr()

    def detach(self):
        """Unregister the finalizer; return (obj, func, args, kwargs) if it was alive."""
        obj = self._live_object()
        if obj is None:
            return None
        details = (obj, self._func, self._args, self._kwargs or {})
        self._forget()
        return details

    def peek(self):
        """Return (obj, func, args, kwargs) if the finalizer is alive, else None."""
        obj = self._live_object()
        if obj is None:
            return None
        return (obj, self._func, self._args, self._kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run (or be detached)."""
        return self in finalize._pending

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still pending then."""
        return self in finalize._pending and self._at_exit

    @atexit.setter
    def atexit(self, value):
        if self in finalize._pending:
            self._at_exit = bool(value)

    def __repr__(self):
        obj = self._live_object()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return (f"<{type(self).__name__} object at {id(self):#x}; "
                f"for {type(obj).__name__!r} at {id(obj):#x}>")

    @classmethod
    def _run_pending_at_exit(cls):
        # Run the pending finalizers marked for exit, newest first.  One created meanwhile
        # (by a finalizer) is the newest, so the choice is made again after it appears.
        try:
            gc = sys.modules.get("gc")
            gc_was_on = gc is not None and gc.isenabled()
            if gc_was_on:
                gc.disable()
            try:
                while True:
                    made = cls._made
                    due = sorted((f for f in cls._pending if f._at_exit), key=_seq_of)
                    if not due:
                        break
                    while due and cls._made == made:
                        try:
                            due.pop()()
                        except Exception as exc:
                            sys.excepthook(type(exc), exc, exc.__traceback__)
            finally:
                if gc_was_on:
                    gc.enable()
        finally:
            cls._exit_done = True
