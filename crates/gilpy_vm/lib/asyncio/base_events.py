"""gilpy's event loop: a ready queue plus a heap of timers, driven on one thread.

There is no I/O multiplexing (gilpy's asyncio has no sockets, pipes or subprocesses), so
when nothing is ready the loop simply blocks until the next timer is due, another
thread hands it a callback through call_soon_threadsafe(), or a signal handler added with
add_signal_handler() fires.
"""

__all__ = ('BaseEventLoop', 'DefaultEventLoopPolicy')

import _thread
import collections
import errno
import heapq
import signal
import sys
import threading
import time
import traceback

from . import coroutines
from . import events
from . import futures
from . import tasks

# Cancelled timers stay in the heap until popped; past this many (and this share of the
# heap) they are swept out so that a program cancelling many timeouts stays fast.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Longest single wait; a far-away timer is simply waited for in several goes (and lock
# timeouts have an upper bound).
_MAXIMUM_WAIT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is being torn down by the exception itself; stopping here would
            # swallow it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        # Heap of (when, TimerHandle). Comparing the float first keeps the heap fast
        # (gilpy's heapq is written in Python); on equal times the handles themselves are
        # compared, exactly as a heap of TimerHandles would, so the order is CPython's.
        self._scheduled = []
        self._default_executor = None
        self._executor_shutdown_called = False
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-9
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        # Wake-up signal for a loop blocked in _wait(): held while no wake-up is pending;
        # call_soon_threadsafe() releases it. Releasing never blocks and takes no other
        # lock, so it is safe from signal handlers too (unlike threading.Event.set(),
        # which could deadlock if the signal arrived while the loop held the Event's lock).
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        self.slow_callback_duration = 0.1
        self._signal_handlers = {}

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine to run as a Task on this loop."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running and stopping --

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_hooks = None
        if hasattr(sys, 'get_asyncgen_hooks'):
            old_hooks = sys.get_asyncgen_hooks()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # Only this call can observe the task; a leftover pending one is not worth a warning.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is re-raised right here, so it has been "retrieved".
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks that are already ready have run."""
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop: drop pending callbacks and shut the default executor down."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._signal_handlers and threading.current_thread() is threading.main_thread():
            for sig in list(self._signal_handlers):
                self.remove_signal_handler(sig)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        # The task registry holds pending tasks strongly (there are no weak references);
        # those of a closed loop can never run again, so let them go.
        tasks._forget_loop_tasks(self)
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def time(self):
        return time.monotonic()

    # -- scheduling --

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')  # named as CPython's call_at() check
        when = self.time() + delay
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, timer))
        timer._scheduled = True
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, timer))
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but may be called from any thread."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # a wake-up is already pending

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        # Debug mode only: catch the common mistake of scheduling from another thread
        # without call_soon_threadsafe().
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError(
                'Non-thread-safe operation invoked on an event loop other '
                'than the current one')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for the next due timer (or a wake-up), then run what is ready."""
        scheduled = self._scheduled
        ready = self._ready

        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / n > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for entry in scheduled:
                if entry[1]._cancelled:
                    entry[1]._scheduled = False
                else:
                    live.append(entry)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][1]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)[1]
                handle._scheduled = False

        if not ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0][0] - self.time()
                if timeout > 0:
                    self._wait(min(timeout, _MAXIMUM_WAIT))
            else:
                self._wait(None)

        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0][0] >= end_time:
                break
            handle = heapq.heappop(scheduled)[1]
            handle._scheduled = False
            ready.append(handle)

        # Only what is ready now runs in this iteration; callbacks they schedule wait for
        # the next one, so that timers and other threads get their turn.
        if self._debug:
            for _ in range(len(ready)):
                handle = ready.popleft()
                if handle._cancelled:
                    continue
                started = self.time()
                handle._run()
                took = self.time() - started
                if took >= self.slow_callback_duration:
                    self._log_warning(f'Executing {handle!r} took {took:.3f} seconds')
            return
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    def _wait(self, timeout):
        # Returns when the timeout passes or as soon as another thread (or a signal
        # handler) has called _write_to_self(); acquiring re-arms the wake-up lock.
        if timeout is None:
            self._wakeup.acquire()
        else:
            self._wakeup.acquire(True, timeout)

    # -- executors --

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in an executor (a thread pool by default); return a Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Wait for the default executor's threads to finish, without blocking the loop."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        future = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled,
                                              future, None)
            except Exception as ex:
                if not self.is_closed():
                    self.call_soon_threadsafe(future.set_exception, ex)

        thread = threading.Thread(target=shut_down)
        thread.start()
        try:
            await future
        finally:
            thread.join()

    # -- Unix signals --

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop whenever signal sig arrives (main thread only)."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._handle_signal)
        except ValueError as exc:
            # Not the main thread.
            del self._signal_handlers[sig]
            raise RuntimeError(str(exc))
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def remove_signal_handler(self, sig):
        """Remove the handler for sig; return whether there was one."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _handle_signal(self, sig, frame):
        # Runs as the Python-level signal handler, between two bytecodes of the main
        # thread: only queue the callback and wake the loop, both without locking.
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._ready.append(handle)
            self._write_to_self()

    # -- asynchronous generators --

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators this loop has seen start and not finish."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # -- error handling --

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the error context to stderr, in the layout CPython's logger produces."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        exc = context.get('exception')
        if exc is not None:
            tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            text += '\n' + tb.rstrip('\n')
        try:
            sys.stderr.write(text + '\n')
            sys.stderr.flush()
        except Exception:
            pass

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                self._log_error('Exception in default exception handler')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                self._log_error('Exception in default exception handler while handling '
                                'an unexpected error in custom exception handler')

    def _log_warning(self, message):
        try:
            sys.stderr.write(message + '\n')
        except Exception:
            pass

    def _log_error(self, message):
        try:
            sys.stderr.write(message + '\n' + traceback.format_exc())
        except Exception:
            pass

    # -- debug mode --

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = BaseEventLoop
