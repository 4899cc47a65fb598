"""multiprocessing.forkserver, written for gilpy: the forkserver start method.

The first start runs a server: a fresh gilpy (fork, then exec) that has imported nothing of
the parent's. For each new process the parent sends it a request, and the server forks a
child that sets itself up as a spawned one would: it reads the preparation data and the
pickled Process object, runs the main script as __mp_main__ and runs the process. The child
is the server's, not the parent's, so the server reports its pid and, once it ends, its exit
status through a pipe. That pipe is the parent's sentinel.

CPython passes descriptors between the processes over a Unix socket. gilpy has no sockets
yet, so the server opens the parent's descriptors through /proc/<pid>/fd (Linux), as gilpy
already does to send a Connection to a running process. The data pipe, the status pipe, the
parent sentinel, and the pipes and shared memory that pickled objects refer to all go this
way. Each is placed at the number the parent uses for it.
"""

import os
import sys
import pickle
import threading
import _multiprocessing
from . import process
from . import spawn

__all__ = ['ForkServerPopen', 'ensure_running', 'main', 'set_forkserver_preload']

_lock = threading.Lock()
_server = None          # (pid, request write fd)
_preload = []


def set_forkserver_preload(modules_names):
    """Modules the server imports before forking (so children start with them loaded)."""
    global _preload
    if not all(type(m) is str for m in modules_names):
        raise TypeError('module_names must be a list of strings')
    _preload = list(modules_names)


def ensure_running():
    """Start the server unless it runs; its pid and request pipe."""
    global _server
    with _lock:
        if _server is not None:
            pid, _ = _server
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done == 0:
                return _server
            os.close(_server[1])
            _server = None
        r, w = os.pipe()
        exe = spawn.get_executable()
        xargs = ['-X' + (k if v is True else '%s=%s' % (k, v)) for k, v in sys._xoptions.items()]
        preload = [m for m in _preload if m != '__main__']
        pid = os.fork()
        if pid == 0:
            try:
                os.close(w)
                _multiprocessing.keep_on_exec(r)
                os.execv(exe, [exe] + xargs + ['-c', 'from multiprocessing.forkserver import main; main(%d, %r)' % (r, preload)])
            finally:
                os._exit(1)
        os.close(r)
        if _server is None and not _registered:
            _register_stop()
        _server = (pid, w)
        return _server


_registered = False


def _register_stop():
    global _registered
    import atexit
    atexit.register(_stop_server)
    _registered = True


def _stop_server():
    global _server
    if _server is not None:
        pid, w = _server
        _server = None
        os.close(w)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def _send(fd, data):
    view = data
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd, n):
    chunks = []
    while n > 0:
        b = os.read(fd, n)
        if not b:
            break
        chunks.append(b)
        n -= len(b)
    return b''.join(chunks)


class ForkServerPopen(process._Popen):
    method = 'forkserver'

    def __init__(self, process_obj):
        self._fds = []
        prep = spawn.get_preparation_data(process_obj._name)
        spawn._spawning = self
        try:
            head = pickle.dumps(prep)
            data = len(head).to_bytes(8, 'little') + head + pickle.dumps(process_obj)
        finally:
            spawn._spawning = None
        _, req = ensure_running()
        r, w = os.pipe()
        sr, sw = os.pipe()
        child_r, parent_w = os.pipe()
        line = '%d %d %d %d %s\n' % (os.getpid(), r, sw, child_r, ','.join(map(str, self._fds)))
        try:
            with _lock:
                _send(req, line.encode())
            reply = _read_exact(sr, 8)
        finally:
            # the server has opened its own copies by the time it answers
            os.close(r)
            os.close(sw)
            os.close(child_r)
        if len(reply) < 8:
            os.close(w)
            os.close(sr)
            os.close(parent_w)
            raise RuntimeError('the fork server did not start the process')
        pid = int.from_bytes(reply, 'little', signed=True)
        try:
            _send(w, data)
        except OSError:
            pass
        finally:
            os.close(w)
        super().__init__(pid, sr, parent_w)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            if flag == os.WNOHANG and not _multiprocessing.poll([self.sentinel], 0):
                return None
            status = _read_exact(self.sentinel, 8)
            # no status: the server died before the child ended
            self.returncode = int.from_bytes(status, 'little', signed=True) if len(status) == 8 else 255
        return self.returncode


def _place(fds, busy):
    """Move descriptors opened here to the numbers the parent gave them: first all above
    every number in play, then each to its target, so none overwrites another."""
    high = max([t for _, t in fds] + [l for l, _ in fds] + list(busy) + [2]) + 1
    parked = []
    for i, (local, target) in enumerate(fds):
        os.dup2(local, high + i)
        os.close(local)
        parked.append((high + i, target))
    for tmp, target in parked:
        os.dup2(tmp, target)
        os.close(tmp)


def _serve_child(ppid, r, child_r, extra):
    """In a child the server forked: become the requested process."""
    # nothing of the server's stays open but what this process needs
    keep = {0, 1, 2, r, child_r}
    for name in os.listdir('/proc/self/fd'):
        fd = int(name)
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    # the data pipe and parent sentinel go above the numbers to fill
    high = max(list(extra) + [r, child_r, 2]) + 1
    os.dup2(r, high)
    os.dup2(child_r, high + 1)
    os.close(r)
    os.close(child_r)
    r2, child_r2 = high, high + 1
    fds = [(os.open('/proc/%d/fd/%d' % (ppid, fd), os.O_RDWR), fd) for fd in extra]
    _place(fds, {r2, child_r2})
    from .context import _default_context
    _default_context.set_start_method('forkserver', force=True)
    spawn.spawn_main(r2, None, child_r2, method='forkserver')


def _reap(pid, status_fd):
    """A thread of the server: wait for one child, then report how it ended."""
    while True:
        try:
            _, sts = os.waitpid(pid, 0)
            code = os.waitstatus_to_exitcode(sts)
            break
        except InterruptedError:
            continue
        except ChildProcessError:
            code = 255
            break
    try:
        _send(status_fd, code.to_bytes(8, 'little', signed=True))
    except OSError:
        pass
    os.close(status_fd)


def main(req_fd, preload=()):
    """The server's loop: one request per line, until the parent closes the pipe."""
    for name in preload:
        try:
            __import__(name)
        except ImportError:
            pass
    buf = b''
    while True:
        b = os.read(req_fd, 4096)
        if not b:
            break
        buf += b
        while b'\n' in buf:
            line, buf = buf.split(b'\n', 1)
            ppid, r, sw, child_r, extra = line.decode().split(' ')
            ppid, r, sw, child_r = int(ppid), int(r), int(sw), int(child_r)
            extra = [int(x) for x in extra.split(',') if x]
            try:
                r_local = os.open('/proc/%d/fd/%d' % (ppid, r), os.O_RDONLY)
                pr_local = os.open('/proc/%d/fd/%d' % (ppid, child_r), os.O_RDONLY)
                sw_local = os.open('/proc/%d/fd/%d' % (ppid, sw), os.O_WRONLY)
            except OSError:
                continue
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    os.close(req_fd)
                    os.close(sw_local)
                    _serve_child(ppid, r_local, pr_local, extra)
                finally:
                    os._exit(code)
            os.close(r_local)
            os.close(pr_local)
            _send(sw_local, pid.to_bytes(8, 'little', signed=True))
            threading.Thread(target=_reap, args=(pid, sw_local), daemon=True).start()
    # the parent is gone or done: children still running finish on their own
    os._exit(0)
