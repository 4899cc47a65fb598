"""In-memory streams (StringIO, BytesIO) and the io base classes."""

import builtins as _builtins
import sys as _sys

__all__ = [
    "BlockingIOError", "open", "IOBase", "RawIOBase", "BufferedIOBase",
    "TextIOBase", "StringIO", "BytesIO", "UnsupportedOperation",
    "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "TextIOWrapper",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError

# The interpreter's own file object type (what open() and sys.stdout are).
TextIOWrapper = type(_sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    pass


def _index(value):
    if value is None:
        return -1
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return index(value)


def _plain_int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


class IOBase:
    """Base of all I/O classes; unsupported operations raise UnsupportedOperation."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # Generic version built on read(1); subclasses provide faster ones.
        size = _index(size)
        empty = self.read(0)
        newline = "\n" if isinstance(empty, str) else b"\n"
        out = []
        while size < 0 or len(out) < size:
            ch = self.read(1)
            if not ch:
                break
            out.append(ch)
            if ch == newline:
                break
        return empty.join(out)

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        return bytes(buf[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_CLOSED_TEXT = "I/O operation on closed file"

# newlines-seen flags, reported in this fixed order as CPython does
_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4


class StringIO(TextIOBase):
    """Text stream kept in memory."""

    # CPython implements this class in its _io extension module.
    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._buf = ""
        # Appends at the end are collected here and joined lazily, so that
        # many small writes stay linear.
        self._tail = []
        self._tail_len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_TEXT)

    def _value(self):
        if self._tail:
            self._buf = self._buf + "".join(self._tail)
            self._tail = []
            self._tail_len = 0
        return self._buf

    def _note_newlines(self, s):
        if "\r" in s:
            crlf = s.count("\r\n")
            if crlf:
                self._seen |= _SEEN_CRLF
            if s.count("\r") > crlf:
                self._seen |= _SEEN_CR
            if s.count("\n") > crlf:
                self._seen |= _SEEN_LF
        elif "\n" in s:
            self._seen |= _SEEN_LF

    def _write(self, s):
        nl = self._newline
        if nl is None:
            self._note_newlines(s)
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "":
            self._note_newlines(s)
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        n = len(s)
        if not n:
            return
        pos = self._pos
        size = len(self._buf) + self._tail_len
        if pos == size:
            self._tail.append(s)
            self._tail_len += n
        else:
            buf = self._value()
            if pos > size:
                buf = buf + "\0" * (pos - size)
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(s)
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos, limit):
        """Index just past the line starting at pos, not beyond limit."""
        nl = self._newline
        if nl == "":
            lf = buf.find("\n", pos, limit)
            cr = buf.find("\r", pos, limit)
            if cr >= 0 and (lf < 0 or cr < lf):
                if cr + 1 < limit and buf[cr + 1] == "\n":
                    return cr + 2
                return cr + 1
            if lf >= 0:
                return lf + 1
            return limit
        term = "\n" if nl is None else nl
        i = buf.find(term, pos, limit)
        if i < 0:
            return limit
        return i + len(term)

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        end = self._line_end(buf, pos, limit)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=None):
        self._check()
        return TextIOBase.readlines(self, hint)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _plain_int(pos)
        whence = _plain_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = len(self._value())
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
        return size

    def close(self):
        self._closed = True
        self._buf = ""
        self._tail = []
        self._tail_len = 0

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != "":
            return None
        seen = self._seen
        kinds = []
        if seen & _SEEN_CR:
            kinds.append("\r")
        if seen & _SEEN_LF:
            kinds.append("\n")
        if seen & _SEEN_CRLF:
            kinds.append("\r\n")
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        pass

    def detach(self):
        raise UnsupportedOperation("detach")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Binary stream kept in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray()
        if initial_bytes:
            self._buf += _bytes_like(initial_bytes)
        elif initial_bytes is not None and not isinstance(initial_bytes, (bytes, bytearray)):
            _bytes_like(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += b"\0" * (pos - size)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        pos = self._pos
        buf = self._buf
        if pos >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        i = buf.find(b"\n", pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _plain_int(pos)
        whence = _plain_int(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._closed = True
        self._buf = bytearray()

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
