"""Helpers that recognise coroutines and coroutine functions."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import inspect

_is_coroutine = object()

# Built on first use: coroutine objects and (as in 3.11, for legacy generator-based
# coroutines) generators.
_coroutine_types = None
# Types already found to implement the coroutine protocol.
_typecache = set()


def _coro_types():
    global _coroutine_types
    if _coroutine_types is None:
        async def _probe():
            pass

        def _gen():
            yield
        c = _probe()
        _coroutine_types = (type(c), type(_gen()))
        c.close()
    return _coroutine_types


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or marked as one)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    if t in _typecache:
        return True
    if isinstance(obj, _coro_types()):
        return True
    # Objects implementing the coroutine protocol (send/throw/close + __await__) count too,
    # as collections.abc.Coroutine would say.
    if all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__')):
        if len(_typecache) < 100:
            _typecache.add(t)
        return True
    return False
