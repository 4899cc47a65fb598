"""multiprocessing.sharedctypes, written for gilpy: Value and Array in memory shared between
processes (a memfd mapped MAP_SHARED, _multiprocessing.SharedBuffer), with CPython's
typecodes, ctypes-style names and reprs (c_int(5), c_double_Array_3) and its wrapping of
out-of-range integers; Value/Array wrap them with a lock (an RLock unless one is given).
gilpy has no ctypes: ctypes types as typecode_or_type raise TypeError."""

import struct
import _multiprocessing
from . import process

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode: (ctypes name, struct format)
typecode_to_type = {
    'c': ('c_char', 'c'), 'u': ('c_wchar', 'I'),
    'b': ('c_byte', 'b'), 'B': ('c_ubyte', 'B'),
    'h': ('c_short', 'h'), 'H': ('c_ushort', 'H'),
    'i': ('c_int', 'i'), 'I': ('c_uint', 'I'),
    'l': ('c_long', 'l'), 'L': ('c_ulong', 'L'),
    'q': ('c_long', 'q'), 'Q': ('c_ulong', 'Q'),
    'f': ('c_float', 'f'), 'd': ('c_double', 'd'),
}


def _info(typecode):
    try:
        return typecode_to_type[typecode]
    except (KeyError, TypeError):
        # CPython passes an unknown typecode on to ctypes.sizeof, which says this
        raise TypeError("this type has no size") from None


def _coerce(fmt, value):
    """A value as ctypes stores it: integers wrap to the field's width."""
    if fmt in 'fd':
        return float(value)
    if fmt == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes([value])
        raise TypeError("one character bytes, bytearray or integer expected")
    if fmt == 'I' and isinstance(value, str):
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        return ord(value)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    bits = struct.calcsize(fmt) * 8
    value &= (1 << bits) - 1
    if fmt in 'bhilq' and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


class _Shared:
    """`length` fields of one typecode in a shared buffer."""

    def __init__(self, typecode, length, buf=None):
        self._typecode = typecode
        self._type_name, self._fmt = _info(typecode)
        self._size = struct.calcsize(self._fmt)
        self._length = length
        self._buf = buf if buf is not None else _multiprocessing.SharedBuffer(self._size * length)

    def _get(self, i):
        v = struct.unpack(self._fmt, self._buf.read(i * self._size, self._size))[0]
        if self._typecode == 'u':
            return chr(v)
        return v

    def _set(self, i, value):
        self._buf.write(i * self._size, struct.pack(self._fmt, _coerce(self._fmt, value)))

    def __reduce__(self):
        from . import spawn
        spawn.assert_spawning(self)
        return _rebuild, (isinstance(self, SharedArray), self._typecode, self._length, spawn.keep_fd(self._buf.fd))


_classes = {}


def _class_for(is_array, typecode, length):
    """The class of a shared object, named as CPython's ctypes type (c_int, c_int_Array_3)."""
    key = (is_array, typecode, length)
    cls = _classes.get(key)
    if cls is None:
        name = _info(typecode)[0]
        if is_array:
            cls = type('%s_Array_%d' % (name, length), (SharedArray,), {})
        else:
            cls = type(name, (SharedValue,), {})
        cls.__module__ = __name__
        _classes[key] = cls
    return cls


def _rebuild(is_array, typecode, length, fd):
    _, fmt = _info(typecode)
    obj = _class_for(is_array, typecode, length).__new__(_class_for(is_array, typecode, length))
    _Shared.__init__(obj, typecode, length, _multiprocessing.SharedBuffer(struct.calcsize(fmt) * length, fd))
    return obj


class SharedValue(_Shared):
    """A shared scalar: what RawValue returns (CPython: a ctypes object such as c_int)."""

    @property
    def value(self):
        return self._get(0)

    @value.setter
    def value(self, v):
        self._set(0, v)

    def __repr__(self):
        return '%s(%r)' % (self._type_name, self.value)


class SharedArray(_Shared):
    """A shared fixed-size array: what RawArray returns (CPython: c_int_Array_3 ...)."""

    def __len__(self):
        return self._length

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("indices must be integers")
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._get(k) for k in range(*i.indices(self._length))]
            if self._typecode == 'c':
                return b''.join(items)
            return items
        v = self._get(self._index(i))
        return v

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = list(range(*i.indices(self._length)))
            values = list(value)
            if len(values) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(idx, values):
                self._set(k, v)
            return
        self._set(self._index(i), value)

    def __iter__(self):
        for k in range(self._length):
            yield self._get(k)

    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % self._class_name())
        data = self._buf.read(0, self._length)
        end = data.find(b'\0')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, v):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % self._class_name())
        if len(v) > self._length:
            raise ValueError("byte string too long")
        self._buf.write(0, bytes(v) + (b'\0' if len(v) < self._length else b''))

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._class_name())
        return self._buf.read(0, self._length)

    def _class_name(self):
        return '%s_Array_%d' % (self._type_name, self._length)



def RawValue(typecode_or_type, *args):
    """A ctypes-like object in shared memory."""
    obj = _class_for(False, typecode_or_type, 1)(typecode_or_type, 1)
    if len(args) > 1:
        raise TypeError("too many initializers")
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A ctypes-like array in shared memory."""
    if isinstance(size_or_initializer, int):
        return _class_for(True, typecode_or_type, size_or_initializer)(typecode_or_type, size_or_initializer)
    values = list(size_or_initializer)
    obj = _class_for(True, typecode_or_type, len(values))(typecode_or_type, len(values))
    for i, v in enumerate(values):
        obj[i] = v
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared object."""
    return _with_lock(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared array."""
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def _with_lock(obj, lock, ctx):
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or _default_ctx()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def _default_ctx():
    from .context import _default_context
    return _default_context.get_context()


def copy(obj):
    if isinstance(obj, SharedArray):
        return RawArray(obj._typecode, list(obj))
    return RawValue(obj._typecode, obj.value)


def synchronized(obj, lock=None, ctx=None):
    ctx = ctx or _default_ctx()
    if isinstance(obj, SharedArray):
        if obj._typecode == 'c':
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or _default_ctx()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        from . import spawn
        spawn.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            return iter(list(self._obj))


class SynchronizedString(SynchronizedArray):

    value = Synchronized.value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
