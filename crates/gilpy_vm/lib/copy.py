"""Shallow and deep copy operations, written for gilpy.

copy(x) and deepcopy(x) handle builtin types through tables below; any other object is copied
through, in order of preference, its class's __copy__/__deepcopy__, copyreg.dispatch_table,
or its __reduce_ex__(4) recipe (the protocol pickle uses), rebuilt by _reconstruct.
deepcopy's memo maps id(original) -> copy, which both shares copies of objects reached twice
and terminates on cycles.
"""

import types
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


# Immutable values: a copy may be the object itself.
_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, types.CodeType)
try:
    # a weak reference is copied as itself: a copy could not point anywhere else
    from _weakref import ref as _weakref_type
    _atomic += (_weakref_type,)
except ImportError:
    pass


def copy(x):
    """Shallow copy: a new container holding the same elements."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _return_self(x):
    return x


_copy_dispatch = {t: _return_self for t in _atomic + (tuple, frozenset)}
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def _reduce(x, cls, message):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(message % cls)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: copies of the elements too, recursively; shared and cyclic references
    keep their shape in the copy."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic}


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    # Registered before the elements are copied, so a list that contains itself works.
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


_deepcopy_dispatch[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple cannot be registered before its items exist; if copying an item reached this
    # tuple through a cycle, that inner copy is the one to use.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


_deepcopy_dispatch[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep x alive as long as memo: memo is keyed by id(), and an id can be reused once
    its object is freed."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del types
