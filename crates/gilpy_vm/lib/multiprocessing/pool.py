"""multiprocessing.pool, written for gilpy: Pool with CPython's interface and outcomes. Worker
processes read pickled tasks from a SimpleQueue and write (job, index, (ok, value)) back; a
task-handler thread feeds them and a result-handler thread fills in the AsyncResults and
runs the callbacks. map splits the work into chunks as CPython does. An exception raised
by a task is raised again in the parent. Workers that die are not replaced (CPython's pool
replaces them): pending tasks of a killed worker are then never finished."""

import os
import sys
import threading
import queue
from . import process
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"

def _counter():
    n = 0
    while True:
        yield n
        n += 1


_job_ids = _counter()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return [args[0](*a) for a in args[1]]


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception on its way back from a worker, with the worker's traceback as text: it
    arrives with a RemoteTraceback as its __cause__."""

    def __init__(self, exc, tb=None):
        import traceback
        text = ''.join(traceback.format_exception(exc))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def _leave_with_parent(ppid):
    # A pool whose process is killed (SIGTERM, SIGKILL) never terminates its workers, and
    # each sibling holds the task pipe open, so a worker would wait for a task forever: an
    # orphan. gilpy's workers leave once their parent is gone (CPython's stay).
    import time
    while os.getppid() == ppid:
        time.sleep(0.2)
    os._exit(1)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    if process.current_process().name != 'MainProcess':
        # a process worker (a ThreadPool's workers are threads of the main process)
        threading.Thread(target=_leave_with_parent, args=(os.getppid(),), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception:
                e = ExceptionWithTraceback(e)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


class ApplyResult:

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_ids)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_ids)
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.pop(0)
                    if success:
                        return value
                    raise value
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if self._items:
                        continue
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class _ChunkedIterator:
    """imap with chunksize > 1: each result is a list of results, flattened here."""

    def __init__(self, inner):
        self._inner = inner
        self._pending = []

    def __iter__(self):
        return self

    def __next__(self):
        while not self._pending:
            self._pending = list(next(self._inner))
        return self._pending.pop(0)

    def next(self, timeout=None):
        while not self._pending:
            self._pending = list(self._inner.next(timeout))
        return self._pending.pop(0)


class Pool:
    """A pool of worker processes to which jobs can be submitted."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._wakeup = threading.Event()
        if context is None:
            from .context import _default_context
            context = _default_context.get_context()
        self._ctx = context
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._repopulate_pool()
        self._worker_handler = threading.Thread(target=Pool._handle_workers, args=(self,), daemon=True)
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=Pool._handle_tasks, args=(self,), daemon=True)
        self._task_handler._state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=Pool._handle_results, args=(self,), daemon=True)
        self._result_handler.start()
        self._state = RUN

    def _repopulate_pool(self):
        """Start workers until there are `processes` of them (as CPython's pool does when
        workers exit, e.g. after maxtasksperchild tasks)."""
        self._pool = [w for w in self._pool if w.exitcode is None]
        for i in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                   self._maxtasksperchild, self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _handle_workers(self):
        while self._state in (INIT, RUN) or (self._state == CLOSE and self._cache):
            if self._state in (INIT, RUN) and any(w.exitcode is not None for w in self._pool):
                self._repopulate_pool()
            self._wakeup.wait(0.1)

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} state={self._state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _handle_tasks(self):
        while True:
            item = self._taskqueue.get()
            if item is None:
                break
            tasks, set_length = item
            n = 0
            try:
                for task in tasks:
                    if self._state == TERMINATE:
                        break
                    try:
                        self._inqueue.put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        r = self._cache.get(job)
                        if r is not None:
                            r._set(idx, (False, e))
                    n += 1
                else:
                    if set_length is not None:
                        set_length(n)
            except Exception as e:
                # the iterable itself raised: that job fails
                if set_length is not None:
                    set_length(n + 1)
                job = getattr(set_length, '__self__', None)
                if job is not None:
                    job._set(n, (False, e))
        if self._state != TERMINATE:
            for p in self._pool:
                try:
                    self._inqueue.put(None)
                except OSError:
                    break

    def _handle_results(self):
        get = self._outqueue.get
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                return
            job, i, obj = task
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._taskqueue.put(([(result._job, i, mapper, (x,), {}) for i, x in enumerate(task_batches)], None))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0!r}")

    def _imap(self, iterator_class, func, iterable, chunksize, message):
        self._check_running()
        if chunksize < 1:
            raise ValueError(message.format(chunksize))
        result = iterator_class(self)
        if chunksize == 1:
            tasks = [(result._job, i, func, (x,), {}) for i, x in enumerate(iterable)]
            self._taskqueue.put((tasks, result._set_length))
            return result
        batches = Pool._get_tasks(func, iterable, chunksize)
        tasks = [(result._job, i, mapstar, (x,), {}) for i, x in enumerate(batches)]
        self._taskqueue.put((tasks, result._set_length))
        return _ChunkedIterator(result)

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        batches = []
        while True:
            x = []
            for item in it:
                x.append(item)
                if len(x) == size:
                    break
            if not x:
                return batches
            batches.append((func, tuple(x)))

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        was_running = self._state == RUN
        self._state = TERMINATE
        self._wakeup.set()
        if was_running:
            self._taskqueue.put(None)
        # the result handler gets its sentinel before any worker is killed: a worker killed
        # while it holds the result queue's write lock would leave that lock taken forever
        self._stop_results()
        self._worker_handler.join()
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()
        if not hasattr(self._inqueue, '_reader'):
            # thread workers cannot be killed: each takes a stop sentinel after its task
            for p in self._pool:
                self._inqueue.put(None)
        for p in self._pool:
            p.join()
        # the task handler may be blocked writing to the workers' queue, which nobody reads
        # now: drain it until the handler sees TERMINATE and ends
        reader = getattr(self._inqueue, '_reader', None)
        while reader is not None and self._task_handler.is_alive():
            if reader.poll(0.05):
                reader.recv_bytes()

    def _stop_results(self):
        if self._result_handler.is_alive():
            try:
                self._outqueue.put(None)
            except OSError:
                pass
            self._result_handler.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._wakeup.set()
        self._worker_handler.join()
        self._task_handler.join()
        for p in self._pool:
            p.join()
        self._stop_results()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (same interface)."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        t = threading.Thread(*args, **kwds)
        t.terminate = lambda: None
        t.exitcode = None
        return t

    def __init__(self, processes=None, initializer=None, initargs=()):
        from .context import _default_context
        Pool.__init__(self, processes, initializer, initargs, context=_default_context.get_context())

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
