"""array, written for gilpy: arrays of one machine type (CPython's array.array), kept as a
list of Python values that were range-checked and converted as C would store them (a 'f'
item is rounded to single precision). The byte forms (tobytes, frombytes, tofile, fromfile,
byteswap) go through struct in the machine's byte order. gilpy has no buffer protocol, so
bytes(a) uses __bytes__, and memoryview(a) is unavailable."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
             "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MAX = 2 ** 63 - 1
_LONG_MIN = -2 ** 63
_ULONG_MAX = 2 ** 64 - 1


def _signed_range(v, lo, hi, what):
    if v > hi:
        raise OverflowError("%s is greater than maximum" % what)
    if v < lo:
        raise OverflowError("%s is less than minimum" % what)


def _as_long(v):
    if v > _LONG_MAX or v < _LONG_MIN:
        raise OverflowError("Python int too large to convert to C long")


def _check_int(tc, v):
    """The value an item of typecode `tc` stores for `v`, with CPython's errors."""
    v = v.__index__() if not isinstance(v, int) and hasattr(type(v), "__index__") else v
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if tc == "b":
        _as_long(v)
        _signed_range(v, -2 ** 15, 2 ** 15 - 1, "signed short integer")
        _signed_range(v, -128, 127, "signed char")
    elif tc == "B":
        _as_long(v)
        _signed_range(v, 0, 255, "unsigned byte integer")
    elif tc == "h":
        _as_long(v)
        _signed_range(v, -2 ** 15, 2 ** 15 - 1, "signed short integer")
    elif tc == "H":
        _as_long(v)
        _signed_range(v, -2 ** 31, 2 ** 31 - 1, "signed integer")
        _signed_range(v, 0, 2 ** 16 - 1, "unsigned short")
    elif tc == "i":
        _as_long(v)
        _signed_range(v, -2 ** 31, 2 ** 31 - 1, "signed integer")
    elif tc == "I":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if v > 2 ** 32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
    elif tc == "l":
        _as_long(v)
    elif tc == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif tc == "q":
        if v > _LONG_MAX or v < _LONG_MIN:
            raise OverflowError("int too big to convert")
    elif tc == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError("int too big to convert")
    return v


def _convert(tc, v):
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if tc in "fd":
        if isinstance(v, float):
            f = v
        elif isinstance(v, int):
            f = float(v)
        elif hasattr(type(v), "__float__") or hasattr(type(v), "__index__"):
            f = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if tc == "f":
            # stored as a C float: single precision, and the value read back is that one
            try:
                f = _struct.unpack("f", _struct.pack("f", f))[0]
            except OverflowError:
                f = float("inf") if f > 0 else float("-inf")
        return f
    return _check_int(tc, v)


class array:
    """array(typecode[, initializer]): a compact sequence of one machine type."""

    __slots__ = ("_tc", "_items", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args)
                            if args else "array() takes at least 1 argument (0 given)")
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                    % typecode)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._tc == "u" and typecode != "u":
                    raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
                self._items = [_convert(typecode, x) for x in init._items]
            else:
                self._items = [_convert(typecode, x) for x in init]
        return self

    # ---- attributes ----
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def buffer_info(self):
        return (id(self._items), len(self._items))

    # ---- sequence protocol ----
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def _same(self, items):
        # slices, concatenations and copies are plain arrays, also for a subclass
        new = object.__new__(array)
        new._tc = self._tc
        new._items = items
        return new

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._same(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = list(value._items)
            return
        v = _convert(self._tc, value)
        try:
            self._items[index] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # ---- operators ----
    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._same(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        return self._same(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    # ---- methods ----
    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([_convert(self._tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._items.extend([_convert(self._tc, v) for v in lst])

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack("%d%s" % (len(self._items), self._tc), *self._items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack("%d%s" % (len(data) // size, self._tc), data))

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        if n < 0:
            raise ValueError("negative count")
        want = n * _ITEMSIZE[self._tc]
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % _ITEMSIZE[self._tc]
        self.frombytes(data[:usable])
        if len(data) < want:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        if self._tc in "bB":
            return
        size = _ITEMSIZE[self._tc]
        raw = self.tobytes()
        swapped = b"".join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def __copy__(self):
        return self._same(list(self._items))

    def __deepcopy__(self, memo):
        return self._same(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)), None)

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s(%r)" % (name, self._tc)
        if self._tc == "u":
            return "%s(%r, %r)" % (name, self._tc, "".join(self._items))
        return "%s(%r, %r)" % (name, self._tc, self._items)


array.__module__ = "array"
ArrayType = array
