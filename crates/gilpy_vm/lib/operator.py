"""Operator interface: the intrinsic operators of Python as functions.

operator.add(x, y) is the same as x + y, operator.itemgetter(1) builds a callable that returns
its operand's item 1, and so on.  The dunder spellings (operator.__add__, ...) name the same
functions."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


# --- comparisons -------------------------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


# --- logical -----------------------------------------------------------------------------------

def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# --- arithmetic and bitwise --------------------------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    v = meth(a)
    if not isinstance(v, int):
        raise TypeError(f"__index__ returned non-int (type {type(v).__name__})")
    return int(v)


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# --- sequences ---------------------------------------------------------------------------------

def _is_sequence(a):
    # PySequence_Check: item access through the sequence protocol, which dicts do not offer
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def _iter_search(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in _iter_search(a):
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in _iter_search(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact.
    Otherwise, it may over- or under-estimate by an arbitrary amount.
    The result will be an integer >= 0."""
    default = index(default)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# --- in-place operations -----------------------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# --- callable getters --------------------------------------------------------------------------

_MISSING = object()


def _bad_call(name, obj, rest, kwargs):
    # the getters take exactly one positional argument; this reports a call that did not
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(rest) + (obj is not _MISSING)
    raise TypeError(f"{name} expected 1 argument, got {n}")


def _final(qualified):
    # these C types cannot be subclassed; the class statement fails with CPython's message
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{qualified}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __init_subclass__ = _final('operator.itemgetter')
    __slots__ = ('_items', '_item', '_single')

    def __new__(cls, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self = object.__new__(cls)
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]
        return self

    def __call__(self, obj=_MISSING, /, *rest, **kwargs):
        if rest or kwargs or obj is _MISSING:
            _bad_call('itemgetter', obj, rest, kwargs)
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return (type(self), self._items)


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last)."""

    __init_subclass__ = _final('operator.attrgetter')
    __slots__ = ('_names', '_paths')

    def __new__(cls, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        paths = []
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
            paths.append(tuple(name.split('.')) if '.' in name else name)
        self = object.__new__(cls)
        self._names = names
        self._paths = paths
        return self

    @staticmethod
    def _get(obj, path):
        if type(path) is str:
            return getattr(obj, path)
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj=_MISSING, /, *rest, **kwargs):
        if rest or kwargs or obj is _MISSING:
            _bad_call('attrgetter', obj, rest, kwargs)
        paths = self._paths
        if len(paths) == 1:
            path = paths[0]
            if type(path) is str:
                return getattr(obj, path)
            return self._get(obj, path)
        get = self._get
        return tuple([get(obj, p) for p in paths])

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._names))})"

    def __reduce__(self):
        return (type(self), self._names)


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1)."""

    __init_subclass__ = _final('operator.methodcaller')
    __slots__ = ('_name', '_args', '_kwargs')

    def __new__(cls, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self = object.__new__(cls)
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs
        return self

    def __call__(self, obj=_MISSING, /, *rest, **kwargs):
        if rest or kwargs or obj is _MISSING:
            _bad_call('methodcaller', obj, rest, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"

    def __reduce__(self):
        if not self._kwargs:
            return (type(self), (self._name,) + self._args)
        from functools import partial
        return (partial(type(self), self._name, **self._kwargs), self._args)


# --- the dunder spellings ----------------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor

# CPython writes this module in C: its functions show no frames in tracebacks
__import__("_traceback")._native_module(globals())
