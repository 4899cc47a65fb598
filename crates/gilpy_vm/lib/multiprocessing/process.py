"""multiprocessing.process, written for gilpy: Process objects, current_process,
parent_process and active_children, and the registries a child resets after fork (after-fork
hooks) and runs at exit (finalizers: queue feeder threads are flushed and joined). How a
child is started (fork or spawn) is the start method's Popen, chosen in context.py."""

import os
import signal
import sys
import threading
import time

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

class _Popen:
    """A started child: its pid, and its exit code once it has ended."""

    def __init__(self, pid, sentinel=None, parent_w=None):
        self.pid = pid
        self.returncode = None
        self.sentinel = sentinel
        # the write end of the child's parent-sentinel pipe, open while this object lives
        self._parent_w = parent_w

    def __del__(self):
        for fd in (getattr(self, 'sentinel', None), getattr(self, '_parent_w', None)):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self.sentinel = self._parent_w = None

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is None:
                return self.poll(0)
            deadline = time.monotonic() + timeout
            delay = 0.0005
            while True:
                res = self.poll()
                if res is not None or time.monotonic() >= deadline:
                    break
                delay = min(delay * 2, deadline - time.monotonic(), 0.05)
                if delay > 0:
                    time.sleep(delay)
        return self.returncode

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise


class BaseProcess:
    """A process object: run() executes in a child process started by start()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        global _counter
        _counter += 1
        self._identity = _current_process._identity + (_counter,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """What the child process does; by default, calls the target."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the child process, by the start method of the process's context."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # the target and its arguments are the child's now
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until the child ends (or timeout seconds pass)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Release the process object; it must have ended."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        """None while running; the exit code after, negative for death by a signal."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """A descriptor that becomes readable when the child ends."""
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """In the child: run, and turn the outcome into an exit code, as CPython does."""
        global _current_process, _parent_process, _counter, _children
        try:
            _children = set()
            _counter = 0
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            _current_process = self
            _run_after_forkers()
            try:
                self.run()
                exitcode = 0
            except SystemExit as e:
                if e.code is None:
                    exitcode = 0
                elif isinstance(e.code, int):
                    exitcode = e.code
                else:
                    sys.stderr.write(str(e.code) + '\n')
                    exitcode = 1
            except:
                exitcode = 1
                sys.stderr.write('Process %s:\n' % self.name)
                sys.__excepthook__(*sys.exc_info())
        finally:
            _run_finalizers()
            threading._shutdown()
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (AttributeError, ValueError):
                    pass
        return exitcode


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """What parent_process() returns in a child."""

    def __init__(self, name, pid, sentinel=None):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}
        self._sentinel = sentinel

    def is_alive(self):
        # the parent holds the other end of the sentinel pipe: end of file once it has died,
        # even while it is a zombie nobody has reaped
        if self._sentinel is not None:
            import _multiprocessing
            return not _multiprocessing.poll([self._sentinel], 0)
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()
_parent_process = None
_counter = 0
_children = set()


def _cleanup():
    # reap children that have ended
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


_afterfork_registry = []
_finalizers = []


def register_after_fork(obj, func):
    """Call func(obj) in a child right after fork (locks forget their owner, queues their
    feeder thread)."""
    _afterfork_registry.append((obj, func))


def _run_after_forkers():
    for obj, func in list(_afterfork_registry):
        try:
            func(obj)
        except Exception:
            pass


def register_finalizer(func):
    """Call func() when this process ends normally (before threads are joined)."""
    _finalizers.append(func)


def _run_finalizers():
    while _finalizers:
        func = _finalizers.pop()
        try:
            func()
        except Exception:
            pass


def _exit_function():
    # at interpreter exit: queues flushed, daemonic children terminated, the others joined,
    # as CPython does
    _run_finalizers()
    for p in active_children():
        if p.daemon:
            p._popen._send_signal(signal.SIGTERM)
    for p in active_children():
        p.join()


import atexit as _atexit
_atexit.register(_exit_function)
del _atexit


def current_process():
    """The Process object of the running process."""
    return _current_process


def parent_process():
    """The parent's Process object in a child, None in the main process."""
    return _parent_process


def active_children():
    """The children still running (ended ones are reaped as a side effect)."""
    _cleanup()
    return list(_children)
