"""multiprocessing.spawn, written for gilpy: the spawn start method. The child is a fresh
gilpy (fork, then exec of sys.executable) that reads, from a pipe, the parent's preparation
data and the pickled Process object, runs the parent's main script as __mp_main__ (so its
functions and classes can be unpickled), then runs the process. Descriptors that pickled
objects refer to (pipes, shared memory) are kept open across the exec."""

import os
import sys
import pickle
import _multiprocessing
from . import process

__all__ = ['SpawnPopen', 'spawn_main', 'set_executable', 'get_executable', 'assert_spawning']

_executable = sys.executable
_spawning = None


def set_executable(exe):
    global _executable
    _executable = exe


def get_executable():
    return _executable


def get_spawning_popen():
    return _spawning


def assert_spawning(obj):
    if _spawning is None:
        raise RuntimeError('%s objects should only be shared between processes through inheritance' % type(obj).__name__)


def keep_fd(fd):
    """A descriptor a pickled object refers to: the spawned child must inherit it."""
    if _spawning is not None:
        _spawning._fds.append(fd)
    return fd


def reduce_connection(conn):
    assert_spawning(conn)
    conn._check_closed()
    from .connection import Connection
    return Connection, (keep_fd(conn._rfd) if conn._rfd is not None else None,
                        keep_fd(conn._wfd) if conn._wfd is not None else None)


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    _check_not_importing_main()
    d = dict(name=name, sys_path=list(sys.path), sys_argv=list(sys.argv), dir=os.getcwd(),
             orig_dir=os.getcwd())
    main_module = sys.modules.get('__main__')
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None:
        d['init_main_from_path'] = os.path.abspath(main_path)
    return d


class SpawnPopen(process._Popen):
    method = 'spawn'

    def __init__(self, process_obj):
        global _spawning
        self._fds = []
        prep = get_preparation_data(process_obj._name)
        _spawning = self
        try:
            head = pickle.dumps(prep)
            # the preparation data is read (and the main script run) before the process
            # object can be unpickled: its length goes first
            data = len(head).to_bytes(8, 'little') + head + pickle.dumps(process_obj)
        finally:
            _spawning = None
        r, w = os.pipe()
        sr, sw = os.pipe()
        child_r, parent_w = os.pipe()
        exe = _executable
        # the child runs under the same -X options (the GIL's mode, its trace), as CPython
        # passes its interpreter flags on
        xargs = ['-X' + (k if v is True else '%s=%s' % (k, v)) for k, v in sys._xoptions.items()]
        pid = os.fork()
        if pid == 0:
            try:
                os.close(w)
                os.close(sr)
                os.close(parent_w)
                for fd in [r, sw, child_r] + self._fds:
                    _multiprocessing.keep_on_exec(fd)
                os.execv(exe, [exe] + xargs + ['-c', 'from multiprocessing.spawn import spawn_main; spawn_main(%d, %d, %d)' % (r, sw, child_r)])
            finally:
                os._exit(1)
        os.close(r)
        os.close(sw)
        os.close(child_r)
        try:
            view = data
            while view:
                n = os.write(w, view)
                view = view[n:]
        except OSError:
            pass
        finally:
            os.close(w)
        super().__init__(pid, sr, parent_w)


def _run_main(path):
    """Run the parent's main script as __mp_main__ (its `if __name__ == '__main__'` block
    does not run), and make it the __main__ that unpickling looks in."""
    main = type(sys)('__mp_main__')
    main.__file__ = path
    sys.modules['__mp_main__'] = main
    sys.modules['__main__'] = main
    with open(path) as f:
        src = f.read()
    exec(compile(src, path, 'exec'), main.__dict__)


def spawn_main(fd, sentinel_fd, parent_sentinel=None, method='spawn'):
    """The spawned child's entry point (and the forkserver's children's, with their
    method)."""
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    data = b''.join(chunks)
    n = int.from_bytes(data[:8], 'little')
    prep = pickle.loads(data[8:8 + n])
    if 'sys_path' in prep:
        sys.path[:] = prep['sys_path']
    if 'sys_argv' in prep:
        sys.argv[:] = prep['sys_argv']
    if 'dir' in prep:
        os.chdir(prep['dir'])
    from .context import _default_context
    _default_context.set_start_method(method, force=True)
    me = process.current_process()
    me._inheriting = True
    try:
        if 'init_main_from_path' in prep:
            _run_main(prep['init_main_from_path'])
        process_obj = pickle.loads(data[8 + n:])
    finally:
        del me._inheriting
    exitcode = process_obj._bootstrap(parent_sentinel=parent_sentinel)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(exitcode)
