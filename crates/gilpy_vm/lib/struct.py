"""struct, written for gilpy: the functions come from the native _struct module; Struct
keeps a parsed format's text and size and forwards to them."""

from _struct import pack, unpack, calcsize, pack_into, unpack_from, error
import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class unpack_iterator:
    """The iterator iter_unpack returns: one tuple per record, with a length hint."""

    def __init__(self, records):
        self._records = records
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._records):
            raise StopIteration
        self._i += 1
        return self._records[self._i - 1]

    def __length_hint__(self):
        return len(self._records) - self._i


def iter_unpack(format, buffer):
    return unpack_iterator(list(_struct.iter_unpack(format, buffer)))


class Struct:
    """A compiled struct format: Struct(fmt).pack(...) is pack(fmt, ...)."""

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('ascii')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not " + type(format).__name__)
        self._size = calcsize(format)
        self._format = format

    @property
    def size(self):
        return self._size

    @property
    def format(self):
        return self._format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
