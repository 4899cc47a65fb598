"""multiprocessing.synchronize, written for gilpy: Lock, RLock, Semaphore, BoundedSemaphore,
Condition, Event and Barrier that work across processes, built as CPython builds them on a
POSIX semaphore (_multiprocessing.sem_open). A fork child inherits the semaphore; a spawn
child opens it by name. The owner of a lock is tracked per process, as in CPython."""

import os
import sys
import threading
import _multiprocessing
from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647

_counter = 0


def _new_name():
    global _counter
    _counter += 1
    return '/gilpy-mp-%d-%d-%s' % (os.getpid(), _counter, os.urandom(4).hex())


class _SemHandle:
    """The semaphore plus what CPython's C SemLock keeps beside it: the owning thread and how
    many times it holds it (in this process)."""

    def __init__(self, kind, value, maxvalue, name=None, create=True, unlink=True):
        if create:
            name = _new_name()
        self.sem = _multiprocessing.sem_open(name, create, value)
        self.name = name
        if create and unlink:
            # forked children inherit the open semaphore: the name is not needed
            self.sem._unlink()
            self.name = None
        self.kind = kind
        self.maxvalue = maxvalue
        self.owner = None
        self.count = 0

    def _is_mine(self):
        self._check_pid()
        return self.count > 0 and self.owner == (os.getpid(), threading.get_ident())

    def _check_pid(self):
        # a forked child starts owning nothing (CPython resets this after fork)
        if self.owner is not None and self.owner[0] != os.getpid():
            self.count = 0
            self.owner = None

    def _count(self):
        self._check_pid()
        return self.count

    def _get_value(self):
        return self.sem._get_value()

    def _is_zero(self):
        return self.sem._get_value() == 0

    def acquire(self, block=True, timeout=None):
        self._check_pid()
        if self.kind == RECURSIVE_MUTEX and self._is_mine():
            self.count += 1
            return True
        if not self.sem.acquire(block, timeout):
            return False
        self.count += 1
        self.owner = (os.getpid(), threading.get_ident())
        return True

    def release(self):
        self._check_pid()
        if self.kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self.count > 1:
                self.count -= 1
                return
        else:
            if self.sem._get_value() >= self.maxvalue:
                raise ValueError("semaphore or lock released too many times")
        self.count -= 1
        if self.count <= 0:
            self.count = 0
            self.owner = None
        self.sem.release()


def _owner(sl):
    """Who holds a lock, as CPython's reprs name it."""
    if sl._is_mine():
        name = process.current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        return name
    if sl._get_value() == 1:
        return 'None'
    if sl._count() > 0:
        return 'SomeOtherThread'
    return 'SomeOtherProcess'


class SemLock:

    def __init__(self, kind, value, maxvalue, *, ctx):
        if ctx is None:
            from .context import _default_context
            ctx = _default_context.get_context()
        unlink = ctx.get_start_method() == 'fork'
        self._semlock = _SemHandle(kind, value, maxvalue, unlink=unlink)
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.acquire()

    def __exit__(self, *args):
        return self._semlock.release()

    def __getstate__(self):
        from .spawn import assert_spawning
        assert_spawning(self)
        sl = self._semlock
        if sl.name is None:
            raise RuntimeError('A SemLock created in a fork context is being shared with a process in a spawn context. This is not supported. Please use the same context to create multiprocessing objects and Process.')
        return (sl.kind, sl.maxvalue, sl.name)

    def __setstate__(self, state):
        kind, maxvalue, name = state
        self._semlock = _SemHandle(kind, 0, maxvalue, name=name, create=False)
        self._make_methods()


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, self._semlock.maxvalue)


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            name = _owner(self._semlock)
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            name = _owner(self._semlock)
            if self._semlock._is_mine():
                count = self._semlock._count()
            else:
                count = 0 if name == 'None' else 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        from .spawn import assert_spawning
        assert_spawning(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() - self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._semlock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # sleepers that timed out since the last notify are not waiting any more
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire' + '- res should not be False')
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            import time
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                import time
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(threading.Barrier):
    """threading.Barrier with its state and count in shared memory and a process-shared
    condition."""

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        import struct
        from .sharedctypes import RawArray
        shared = RawArray('i', (0, 0))
        self.__setstate__((parties, action, timeout, ctx.Condition(), shared))
        self._state = 0
        self._count = 0

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._wrapper) = state
        self._array = self._wrapper

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._cond, self._wrapper)

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value
