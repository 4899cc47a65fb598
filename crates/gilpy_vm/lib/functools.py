"""functools, written for gilpy: higher-order functions and operations on callables, as
CPython 3.11's module behaves (partial, partialmethod, reduce, wraps/update_wrapper,
cmp_to_key, lru_cache/cache, cached_property, total_ordering, singledispatch,
singledispatchmethod)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']

import sys as _sys
from _thread import RLock
import types as _types

_MappingProxy = getattr(_types, 'MappingProxyType', None)

GenericAlias = type(list[int])

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last, so that a __wrapped__ copied over from wrapped's __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering
# Each derived comparison calls the root one through the type, so that a subclass overriding
# the root is honoured, and hands NotImplemented back untouched so that Python tries the
# reflected operation of the other operand.

def _derived(name, root, how, doc):
    # `how` combines r = root(self, other) with equality: 'not' (not r), 'not-and-ne'
    # (not r and self != other), 'or-eq' (r or self == other), 'not-or-eq' (not r or
    # self == other), 'and-ne' (r and self != other)
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if how == 'not':
            return not r
        if how == 'not-and-ne':
            return not r and self != other
        if how == 'or-eq':
            return r or self == other
        if how == 'not-or-eq':
            return not r or self == other
        return r and self != other
    op.__name__ = op.__qualname__ = name
    op.__doc__ = doc
    return op


_gt_from_lt = _derived('_gt_from_lt', '__lt__', 'not-and-ne', 'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).')
_le_from_lt = _derived('_le_from_lt', '__lt__', 'or-eq', 'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).')
_ge_from_lt = _derived('_ge_from_lt', '__lt__', 'not', 'Return a >= b.  Computed by @total_ordering from (not a < b).')
_ge_from_le = _derived('_ge_from_le', '__le__', 'not-or-eq', 'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).')
_lt_from_le = _derived('_lt_from_le', '__le__', 'and-ne', 'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).')
_gt_from_le = _derived('_gt_from_le', '__le__', 'not', 'Return a > b.  Computed by @total_ordering from (not a <= b).')
_lt_from_gt = _derived('_lt_from_gt', '__gt__', 'not-and-ne', 'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).')
_ge_from_gt = _derived('_ge_from_gt', '__gt__', 'or-eq', 'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).')
_le_from_gt = _derived('_le_from_gt', '__gt__', 'not', 'Return a <= b.  Computed by @total_ordering from (not a > b).')
_le_from_ge = _derived('_le_from_ge', '__ge__', 'not-or-eq', 'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).')
_gt_from_ge = _derived('_gt_from_ge', '__ge__', 'and-ne', 'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).')
_lt_from_ge = _derived('_lt_from_ge', '__ge__', 'not', 'Return a < b.  Computed by @total_ordering from (not a >= b).')


_derived_orderings = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # an operation counts as defined when the class (or a base other than object) has it
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # __lt__ is preferred, then __le__, __gt__, __ge__ (the order defined lists them in)
    root = defined[0]
    for opname, opfunc in _derived_orderings[root]:
        if opname not in defined:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------- cmp_to_key

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if type(other) is not K:
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if type(other) is not K:
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if type(other) is not K:
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if type(other) is not K:
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if type(other) is not K:
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---------------------------------------------------------------- reduce

_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    n = len(args)
    if n < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {n}")
    if n > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {n}")
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __class_getitem__ = classmethod(GenericAlias)

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in ('func', 'args', 'keywords')}
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # flatten, so that the innermost callable is called directly
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self.func!r}, {args}, {keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            # a descriptor that returns itself (e.g. a partial object) is treated as a plain
            # callable, so that it is called with the instance as its first argument
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- lru_cache

_CacheInfo = None


def _cache_info_type():
    # made on first use: collections may itself import functools
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
        _CacheInfo.__module__ = __name__
    return _CacheInfo


# separates positional arguments from keyword items in a cache key
_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """Build a cache key from call arguments: a flat tuple, or the argument itself for one
    int or str (exact type) argument, as CPython's lru_cache does. Keyword arguments are part
    of the key in the order given, so f(a=1, b=2) and f(b=2, a=1) are cached separately."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1:
        first = key[0]
        if type(first) is int or type(first) is str:
            return first
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as a bare @lru_cache: maxsize is the function
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


# indexes into a link of the bounded cache's circular doubly linked list
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    sentinel = object()
    make_key = _make_key
    cache = {}
    cache_get = cache.get
    hits = misses = 0
    full = False
    lock = RLock()       # the linked list is not safe to update from two threads at once
    root = []            # the list's head; root[_NEXT] is the least recently used link
    root[:] = [root, root, None, None]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # no caching: only the miss count changes
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed or len(args) != 1:
                key = make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            result = cache_get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal root, hits, misses, full
            if kwds or typed or len(args) != 1:
                key = make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            with lock:
                link = cache_get(key)
                if link is not None:
                    # unlink it and put it back in front of root, as the most recently used
                    prev, nxt, _key, result = link
                    prev[_NEXT] = nxt
                    nxt[_PREV] = prev
                    last = root[_PREV]
                    last[_NEXT] = root[_PREV] = link
                    link[_PREV] = last
                    link[_NEXT] = root
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # a recursive or concurrent call cached this key while the lock was free
                    pass
                elif full:
                    # reuse the old root as the new link and make the oldest link the root,
                    # so that eviction needs no allocation
                    oldroot = root
                    oldroot[_KEY] = key
                    oldroot[_RESULT] = result
                    root = oldroot[_NEXT]
                    oldkey = root[_KEY]
                    root[_KEY] = root[_RESULT] = None
                    del cache[oldkey]
                    cache[key] = oldroot
                else:
                    last = root[_PREV]
                    link = [last, root, key, result]
                    last[_NEXT] = root[_PREV] = cache[key] = link
                    full = len(cache) >= maxsize
            return result

    def cache_info():
        """Report cache statistics"""
        with lock:
            return _cache_info_type()(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses, full
        with lock:
            cache.clear()
            root[:] = [root, root, None, None]
            hits = misses = 0
            full = False

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    # CPython sets cache_parameters in the wrapper's __dict__ before update_wrapper (so a
    # cached cached function reports the inner one's), while cache_info and cache_clear are
    # methods of its wrapper type, which the copied __dict__ cannot replace
    wrapper.cache_parameters = cache_parameters
    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                # another thread may have filled it while this one waited for the lock
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        ) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- singledispatch

def _is_union_type(cls):
    if isinstance(cls, _types.UnionType):
        return True
    typing = _sys.modules.get('typing')
    if typing is None:
        # typing.Union[...] objects can only exist once typing has been imported
        return False
    return typing.get_origin(cls) is typing.Union


def _union_args(cls):
    if isinstance(cls, _types.UnionType):
        return cls.__args__
    return _sys.modules['typing'].get_args(cls)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in _union_args(cls))


def _abc_cache_token():
    abc = _sys.modules.get('abc')
    if abc is None:
        return None
    return abc.get_cache_token()


def _compose_mro(cls, types):
    """cls.__mro__ with the registered types that cls subclasses only virtually (ABCs that
    it is registered with, or whose __subclasshook__ accepts it) inserted: each right after
    the last class of the list that is a subclass of it, more derived ABCs first."""
    mro = list(cls.__mro__)
    in_mro = set(mro)
    extra = []
    for typ in types:
        if typ in in_mro or not isinstance(typ, type) or isinstance(typ, GenericAlias):
            continue
        try:
            if not issubclass(cls, typ):
                continue
        except TypeError:
            continue
        # keep more derived ABCs ahead of their bases, registration order otherwise
        pos = len(extra)
        for i, other in enumerate(extra):
            if issubclass(typ, other):
                pos = i
                break
        extra.insert(pos, typ)
    for typ in extra:
        where = 0
        for i, c in enumerate(mro):
            if c is not object and c is not typ and issubclass(c, typ):
                where = i
        mro.insert(where + 1, typ)
    return mro


def _find_impl(cls, registry):
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # a second registered ABC, unrelated to the first, at the same level: no way
            # to tell which one the caller meant
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        nonlocal cache_token
        if cache_token is not None:
            # registering a class with any ABC may change the answer for cls
            current = _abc_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class."
                    )
        if _is_union_type(cls):
            for arg in _union_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = _abc_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry) if _MappingProxy is not None else registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# What CPython writes in C (_functools) shows no frames in tracebacks.
for _native in (cmp_to_key, reduce, partial, _lru_cache_wrapper, _make_key):
    __import__("_traceback")._native_frames(_native)
del _native
