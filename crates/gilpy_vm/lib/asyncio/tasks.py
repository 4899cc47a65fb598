"""Tasks (coroutines driven by the event loop) and the functions that combine them."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import concurrent.futures
import functools
import inspect
import threading

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .futures import _get_loop

_task_name_counter = 0
_counter_lock = threading.Lock()


def _next_task_name():
    global _task_name_counter
    with _counter_lock:
        _task_name_counter += 1
        return f'Task-{_task_name_counter}'


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'cr_frame', None)
    filename = code.co_filename
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


class Task(futures.Future):
    """A Future that runs a coroutine, one step per loop callback."""

    # Set when cancel() arrived while the coroutine was not waiting on a future; the next
    # step throws CancelledError into it.
    _must_cancel = False
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self._step, context=context)
        _all_tasks.add(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == futures._PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        """Frames of the task: where it is suspended, or where its exception was raised."""
        coro = self._coro
        frame = None
        for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
            if hasattr(coro, attr):
                frame = getattr(coro, attr)
                break
        frames = []
        if frame is not None:
            # Newest first while walking outwards, so limit keeps the innermost frames.
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() in traceback layout (to stderr by default)."""
        import sys
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        exc = self._exception
        if not frames:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        for frame in frames:
            code = frame.f_code
            file.write(f'  File "{code.co_filename}", line {frame.f_lineno}, '
                       f'in {code.co_name}\n')
            line = _source_line(code.co_filename, frame.f_lineno)
            if line:
                file.write(f'    {line}\n')
        if exc is not None:
            import traceback
            for line in traceback.format_exception_only(type(exc), exc):
                file.write(line)

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Request cancellation: CancelledError is thrown into the coroutine at its next step.

        Returns False if the task is already done.
        """
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback will wake the task up with CancelledError.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Number of pending cancellation requests (cancel() calls not yet uncancel()ed)."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return the remaining count."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        coro = self._coro
        loop = self._loop
        # _enter_task()/_leave_task(), inlined: this is the hottest path of the loop.
        current = _current_tasks.get(loop)
        if current is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another '
                               f'task {current!r} is being executed.')
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing; honour it anyway.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(e.value)
        except exceptions.CancelledError as e:
            self._cancelled_exc = e
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            self._handle_yield(result)
        finally:
            del _current_tasks[loop]
            if self._state != futures._PENDING:
                _all_tasks.discard(self)
            self = None

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        loop = self._loop
        if blocking is not None:
            if _get_loop(result) is not loop:
                err = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
                loop.call_soon(self._step, err, context=self._context)
            elif blocking:
                if result is self:
                    err = RuntimeError(f'Task cannot await on itself: {self!r}')
                    loop.call_soon(self._step, err, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                err = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
                loop.call_soon(self._step, err, context=self._context)
        elif result is None:
            # A bare yield (as in sleep(0)) just gives other callbacks a turn.
            loop.call_soon(self._step, context=self._context)
        elif inspect.isgenerator(result):
            err = RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} '
                f'with {result!r}')
            loop.call_soon(self._step, err, context=self._context)
        else:
            err = RuntimeError(f'Task got bad yield: {result!r}')
            loop.call_soon(self._step, err, context=self._context)

    def _wakeup(self, future):
        # Take the outcome without raising it here (as CPython's C Task does), so that no
        # frames of this method end up in the traceback the coroutine will see; and step
        # outside any except block, so the coroutine does not inherit a handled exception.
        if isinstance(future, futures.Future):
            if future._state == futures._CANCELLED:
                error = future._make_cancelled_error()
            else:
                error = future.exception()
        else:
            try:
                future.result()
            except BaseException as exc:
                error = exc
            else:
                error = None
        self._step(error)
        self = None


# Reprs of futures list their callbacks by qualified name; CPython's (C) Task shows its
# wake-up callback as "Task.task_wakeup()", and so do we.
Task._wakeup.__qualname__ = 'Task.task_wakeup'


def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ''


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop and return the Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


# -- task registry --

# Tasks that have not finished yet. gilpy has no weak references, so a task leaves this
# set when its last step completes it (see Task._step) instead of when it is collected.
_all_tasks = set()
_current_tasks = {}


def _register_task(task):
    _all_tasks.add(task)


def _forget_loop_tasks(loop):
    for task in [t for t in _all_tasks if _get_loop(t) is loop]:
        _all_tasks.discard(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


def current_task(loop=None):
    """Return the Task currently running on the loop (the running loop by default)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of not yet finished tasks of the loop (the running loop by default)."""
    if loop is None:
        loop = events.get_running_loop()
    found = set()
    for t in list(_all_tasks):
        if t.done():
            _all_tasks.discard(t)  # e.g. a task type that does not finish through _step
        elif _get_loop(t) is loop:
            found.add(t)
    return found


# -- ensure_future --

def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for the argument: a future as is, a coroutine or awaitable as a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


# -- sleep --

class _YieldOnce:
    # Awaiting this yields None to the Task once: "let everything else that is ready run".
    __slots__ = ()

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None):
    """Coroutine that completes after delay seconds, returning result."""
    if delay <= 0:
        await _yield_once
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


# -- wait --

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets.

    Nothing is cancelled on timeout; the unfinished ones are simply returned as pending.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or
                return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and
                 not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it has really finished (its cleanup may take time)."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # Not "await fut": a cancellation of the caller must not be confused with fut's.
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for an awaitable with a timeout; on timeout cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # We were cancelled ourselves: take fut down with us, unless it already won.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        # Timed out.
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


# -- as_completed --

def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that yield the results of fs in completion order.

    Raises TimeoutError from the awaitable if timeout passes before all are done.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    import collections
    loop = events._get_running_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = collections.deque()
    waiting = collections.deque()  # consumers blocked in _wait_for_one
    timeout_handle = None

    def wake_one():
        while waiting:
            w = waiting.popleft()
            if not w.done():
                w.set_result(None)
                return

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.append(None)  # a None entry makes _wait_for_one raise TimeoutError
        todo.clear()
        for _ in range(len(done)):
            wake_one()

    def on_completion(f):
        if not todo:
            return  # already timed out
        todo.remove(f)
        done.append(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()
        wake_one()

    async def _wait_for_one():
        while not done:
            w = events.get_running_loop().create_future()
            waiting.append(w)
            await w
        f = done.popleft()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = (loop or events.get_event_loop()).call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# -- gather --

class _GatheringFuture(futures.Future):
    """The outer future of gather(); cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # Even with return_exceptions=True the outer future must end up cancelled.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of their results, in order.

    Without return_exceptions the first exception is propagated at once (the others keep
    running); with it, exceptions are returned in the list like results.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    loop = None
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                # gather owns this task: its pending destruction is not worth a warning.
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    nfuts = len(arg_to_fut)
    nfinished = 0
    outer = _GatheringFuture(children, loop=loop)

    def on_child_done(fut):
        nonlocal nfinished
        nfinished += 1
        if outer.done():
            if not fut.cancelled():
                # Mark the exception as retrieved: the outer future already reported one.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in arg_to_fut.values():
        fut.add_done_callback(on_child_done)
    return outer


# -- shield --

def shield(arg):
    """Protect an awaitable from cancellation of the awaiting task.

    Cancelling the caller cancels only the returned outer future; the inner task goes on.
    """
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # nobody else will see it; mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


# -- threads --

def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to a loop running in another thread; return a concurrent Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future


# CPython's Task is C (_asyncio): it drives coroutines without a frame of its own, so their
# tracebacks start in the coroutine.
__import__("_traceback")._native_frames(Task)
