"""concurrent.futures.process, written for gilpy: ProcessPoolExecutor on multiprocessing.
Worker processes take pickled calls from a call queue and send back (work id, result or
exception). A manager thread in the parent keeps the call queue at max_workers + 1 calls
(so queued futures can still be cancelled), fills in the futures, and watches the workers'
sentinels: a worker that dies breaks the pool (BrokenProcessPool for every pending future),
as in CPython. An exception raised in a worker is raised again in the parent with the
worker's traceback text as its __cause__ (_RemoteTraceback)."""

import os
import sys
import threading
import pickle
import collections
import multiprocessing as mp
from multiprocessing import connection as _connection
from concurrent.futures import _base

EXTRA_QUEUED_CALLS = 1

_global_shutdown = False


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """An exception on its way back to the parent, with the worker's traceback as text."""

    def __init__(self, exc):
        import traceback
        tb = ''.join(traceback.format_exception(exc))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was
    in the running state."""


class _ChunkCall:
    """fn over a chunk of argument tuples (what map sends with chunksize > 1)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = []
        for args in it:
            chunk.append(args)
            if len(chunk) == chunksize:
                break
        if not chunk:
            return
        yield tuple(chunk)


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    if not _base._run_initializer(initializer, initargs):
        return
    num_tasks = 0
    while True:
        call_item = call_queue.get()
        if call_item is None:
            result_queue.put(os.getpid())
            return
        work_id, fn, args, kwargs = pickle.loads(call_item)
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            _send_back(result_queue, work_id, exception=_ExceptionWithTraceback(e))
        else:
            _send_back(result_queue, work_id, result=r)
            del r
        del fn, args, kwargs
        num_tasks += 1
        if max_tasks is not None and num_tasks >= max_tasks:
            result_queue.put(os.getpid())
            return


def _send_back(result_queue, work_id, result=None, exception=None):
    try:
        result_queue.put((work_id, result, exception))
    except BaseException as e:
        result_queue.put((work_id, None, _ExceptionWithTraceback(e)))


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context()
        self._mp_context = mp_context
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = collections.deque()
        self._cancel_pending_futures = False
        self._call_queue = mp_context.SimpleQueue()
        self._result_queue = mp_context.SimpleQueue()
        self._wakeup_r, self._wakeup_w = os.pipe()
        self._manager = None
        self._in_flight = 0

    def _wake(self):
        try:
            os.write(self._wakeup_w, b'x')
        except OSError:
            pass

    def _start_manager(self):
        if self._manager is None:
            for _ in range(self._max_workers):
                self._spawn_process()
            self._manager = threading.Thread(target=self._manage, name='ExecutorManagerThread', daemon=True)
            self._manager.start()

    def _spawn_process(self):
        p = self._mp_context.Process(target=_process_worker,
                                     args=(self._call_queue, self._result_queue, self._initializer,
                                           self._initargs, self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            work_id = self._queue_count
            self._queue_count += 1
            self._pending_work_items[work_id] = (f, fn, args, kwargs)
            self._work_ids.append(work_id)
            self._start_manager()
            # calls go to the workers' queue at once while there is room (CPython's manager
            # thread does this as soon as it runs): those futures are running, not pending
            self._fill_call_queue()
            self._wake()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_ChunkCall(fn), _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    # -- the manager thread --
    def _fill_call_queue(self):
        while self._work_ids and self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
            work_id = self._work_ids.popleft()
            item = self._pending_work_items.get(work_id)
            if item is None:
                continue
            f, fn, args, kwargs = item
            if not f.set_running_or_notify_cancel():
                del self._pending_work_items[work_id]
                continue
            try:
                data = pickle.dumps((work_id, fn, args, kwargs))
            except BaseException as e:
                del self._pending_work_items[work_id]
                f.set_exception(e)
                continue
            self._call_queue.put(data)
            self._in_flight += 1

    def _manage(self):
        reader = self._result_queue._reader
        while True:
            with self._shutdown_lock:
                self._fill_call_queue()
                idle = not self._pending_work_items
                stopping = self._shutdown_thread or _global_shutdown
            if stopping and idle:
                break
            sentinels = [p.sentinel for p in self._processes.values()]
            ready = _connection.wait([reader, self._wakeup_r] + sentinels)
            if self._wakeup_r in ready:
                os.read(self._wakeup_r, 1 << 16)
            if reader in ready:
                msg = self._result_queue.get()
                if isinstance(msg, int):
                    # a worker left (max_tasks_per_child): replace it unless stopping
                    p = self._processes.pop(msg, None)
                    if p is not None:
                        p.join()
                    if not (self._shutdown_thread or _global_shutdown):
                        self._spawn_process()
                    continue
                work_id, result, exc = msg
                self._in_flight -= 1
                item = self._pending_work_items.pop(work_id, None)
                if item is not None:
                    f = item[0]
                    if exc is not None:
                        f.set_exception(exc)
                    else:
                        f.set_result(result)
                continue
            dead = [p for p in self._processes.values() if p.sentinel in ready and p.exitcode is not None]
            if dead and not reader in ready:
                self._break_pool()
                return
        self._stop_workers()

    def _break_pool(self):
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            self._shutdown_thread = True
            items = list(self._pending_work_items.values())
            self._pending_work_items.clear()
            self._work_ids.clear()
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly while the future was running or pending.")
        for f, fn, args, kwargs in items:
            if not f.done():
                f.set_exception(bpe)
        for p in self._processes.values():
            if p.exitcode is None:
                p.terminate()
        for p in self._processes.values():
            p.join()

    def _stop_workers(self):
        for _ in range(len(self._processes)):
            self._call_queue.put(None)
        left = len(self._processes)
        while left:
            msg = self._result_queue.get()
            if isinstance(msg, int):
                left -= 1
        for p in self._processes.values():
            p.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if cancel_futures:
                for work_id in list(self._work_ids):
                    item = self._pending_work_items.get(work_id)
                    if item is not None and item[0].cancel():
                        del self._pending_work_items[work_id]
                self._work_ids.clear()
        self._wake()
        if self._manager is not None and wait:
            self._manager.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _python_exit():
    global _global_shutdown
    _global_shutdown = True


threading._register_atexit(_python_exit)
