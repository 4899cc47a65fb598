"""multiprocessing.connection, written for gilpy: Connection objects over pipe descriptors
and Pipe(). Messages are framed as CPython frames them (a 4-byte big-endian length, or -1
and an 8-byte length for messages over 2 GiB) and objects are pickled with the default
protocol. A duplex Pipe is two OS pipes (CPython uses a socketpair)."""

import os
import struct
import pickle
import _multiprocessing

__all__ = ['Connection', 'Pipe', 'wait']

_ForkingPickler = pickle


class Connection:
    """A connection's ends: `rfd` to read from, `wfd` to write to (either may be None)."""

    def __init__(self, rfd=None, wfd=None):
        self._rfd = rfd
        self._wfd = wfd
        self._readable = rfd is not None
        self._writable = wfd is not None
        self._handle = rfd if rfd is not None else wfd

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self):
        for fd in {self._rfd, self._wfd}:
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._rfd = self._wfd = None

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(m[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        if offset < 0:
            raise ValueError("negative offset")
        if offset > len(buf):
            raise ValueError("offset too large")
        data = self._recv_bytes()
        size = len(data)
        if offset + size > len(buf):
            from .context import BufferTooShort
            raise BufferTooShort(data)
        buf[offset:offset + size] = data
        return size

    def recv(self):
        self._check_closed()
        self._check_readable()
        return _ForkingPickler.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    # -- the wire --
    def _send(self, buf):
        remaining = len(buf)
        view = buf
        while remaining > 0:
            n = os.write(self._wfd, view)
            remaining -= n
            if remaining == 0:
                break
            view = view[n:]

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            self._send(struct.pack("!i", -1) + struct.pack("!Q", n))
            self._send(buf)
        elif n > 16384:
            self._send(struct.pack("!i", n))
            self._send(buf)
        else:
            self._send(struct.pack("!i", n) + buf)

    def _recv(self, size):
        chunks = []
        remaining = size
        while remaining > 0:
            chunk = os.read(self._rfd, remaining)
            n = len(chunk)
            if n == 0:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= n
        return b''.join(chunks)

    def _recv_bytes(self, maxsize=None):
        size, = struct.unpack("!i", self._recv(4))
        if size == -1:
            size, = struct.unpack("!Q", self._recv(8))
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def _poll(self, timeout):
        if timeout is not None and timeout < 0:
            timeout = 0
        return bool(_multiprocessing.poll([self._rfd], timeout))

    def __reduce__(self):
        from . import spawn
        if spawn.get_spawning_popen() is not None:
            return spawn.reduce_connection(self)
        # sent to a running process: it opens our duplicates through /proc/<pid>/fd (Linux;
        # CPython passes them over a Unix socket). The duplicates stay open here until this
        # process ends, since nothing says when the receiver has opened them.
        self._check_closed()
        return _rebuild_connection, (os.getpid(), _dup_for_transfer(self._rfd), _dup_for_transfer(self._wfd))


_transfer_dups = []


def _dup_for_transfer(fd):
    if fd is None:
        return None
    d = os.dup(fd)
    _transfer_dups.append(d)
    return d


def _reopen(pid, fd, flags):
    if fd is None:
        return None
    if pid == os.getpid():
        return os.dup(fd)
    return os.open('/proc/%d/fd/%d' % (pid, fd), flags)


def _rebuild_connection(pid, rfd, wfd):
    return Connection(_reopen(pid, rfd, os.O_RDONLY), _reopen(pid, wfd, os.O_WRONLY))


def Pipe(duplex=True):
    """Returns pair of connection objects at either end of a pipe"""
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None), Connection(None, w)


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable: connections, process sentinels
    (ints) or objects with fileno(). Returns the ready ones."""
    fds = {}
    for o in object_list:
        if isinstance(o, int):
            fd = o
        elif isinstance(o, Connection):
            fd = o._rfd
        else:
            fd = o.fileno()
        fds.setdefault(fd, []).append(o)
    ready = _multiprocessing.poll(list(fds), timeout)
    out = []
    for fd in ready:
        out.extend(fds[fd])
    return out
