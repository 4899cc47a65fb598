"""pickle, written for gilpy. Writes the bytes CPython 3.11's C pickler (_pickle) writes for
the same objects and protocol (0 to 5; default 4), including its batching of exact lists,
dicts and sets and its framing from protocol 4 on, and reads every opcode of protocols 0
to 5. The names mapped for Python 2 (fix_imports) are those of the modules gilpy has.
Out-of-band buffers (PickleBuffer) are not supported: gilpy has no buffer protocol."""

import sys
from struct import pack, unpack
import copyreg
from _pickle_accel import dumps as _accel_dumps, loads as _accel_loads
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's errors come from its C module; tracebacks name them _pickle.X
for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'
del _c

# ---- opcodes ---------------------------------------------------------------------------
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# ---- names across Python 2 and 3 (for protocols below 3 with fix_imports) -------------------
_PY2_EXCEPTIONS = ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
                   'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
                   'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
                   'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
                   'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
                   'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
                   'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
                   'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
                   'ZeroDivisionError').split()
_PY3_OSERRORS = ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
                 'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
                 'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
                 'ProcessLookupError TimeoutError').split()

_IMPORT_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'thread': '_thread',
                   'cPickle': 'pickle', 'UserDict': 'collections', 'UserList': 'collections',
                   'UserString': 'collections'}
_REVERSE_IMPORT_MAPPING = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                           '_thread': 'thread', '_pickle': 'pickle', '_functools': 'functools'}
_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('multiprocessing', 'AuthenticationError'): ('multiprocessing.context', 'AuthenticationError'),
    ('multiprocessing', 'BufferTooShort'): ('multiprocessing.context', 'BufferTooShort'),
    ('multiprocessing', 'ProcessError'): ('multiprocessing.context', 'ProcessError'),
    ('multiprocessing', 'TimeoutError'): ('multiprocessing.context', 'TimeoutError'),
}
_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('multiprocessing.context', 'AuthenticationError'): ('multiprocessing', 'AuthenticationError'),
    ('multiprocessing.context', 'BufferTooShort'): ('multiprocessing', 'BufferTooShort'),
    ('multiprocessing.context', 'ProcessError'): ('multiprocessing', 'ProcessError'),
    ('multiprocessing.context', 'TimeoutError'): ('multiprocessing', 'TimeoutError'),
}
for _n in _PY2_EXCEPTIONS:
    _NAME_MAPPING[('exceptions', _n)] = ('builtins', _n)
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', _n)
for _n in _PY3_OSERRORS:
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', 'OSError')
_REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _n


def _getattribute(obj, name):
    """obj.a.b.c for name 'a.b.c', with the object the last name was found on."""
    parent = None
    for subpath in name.split('.'):
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that holds obj under the (dotted) name."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """x as the fewest little-endian two's-complement bytes (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif o < 0x10000:
            out += b'\\u%04x' % o
        else:
            out += b'\\U%08x' % o
    return bytes(out)


def _raw_unicode_unescape(b):
    """raw-unicode-escape decoding: latin-1, with \\uXXXX and \\UXXXXXXXX escapes (a backslash
    escapes only when an odd number of them precede the u)."""
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c != 0x5c:
            out.append(chr(c))
            i += 1
            continue
        j = i
        while j < n and b[j] == 0x5c:
            j += 1
        count = j - i
        if j < n and b[j] in (0x75, 0x55) and count % 2 == 1:
            out.append('\\' * (count - 1))
            width = 4 if b[j] == 0x75 else 8
            digits = b[j + 1:j + 1 + width]
            if len(digits) < width:
                raise UnicodeDecodeError('rawunicodeescape', bytes(b), i, n, 'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape')
            out.append(chr(int(digits.decode('ascii'), 16)))
            i = j + 1 + width
        else:
            out.append('\\' * count)
            i = j
    return ''.join(out)


_BYTES_ESCAPES = {0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11}


def _escape_decode(b):
    """The Python 2 string escapes of a quoted STRING argument."""
    out = bytearray()
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c != 0x5c or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = b[i + 1]
        if e in _BYTES_ESCAPES:
            out.append(_BYTES_ESCAPES[e])
            i += 2
        elif e == 0x0a:
            i += 2
        elif e == 0x78:
            digits = b[i + 2:i + 4]
            try:
                out.append(int(digits.decode('ascii'), 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % i) from None
            i += 4
        elif 0x30 <= e <= 0x37:
            j = i + 1
            v = 0
            while j < n and j < i + 4 and 0x30 <= b[j] <= 0x37:
                v = v * 8 + (b[j] - 0x30)
                j += 1
            out.append(v & 0xff)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


# ---- pickling ---------------------------------------------------------------------------
class _Output:
    """Where a Pickler writes: a current frame (protocol 4+) or the file directly."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.frame = None

    def start_framing(self):
        self.frame = bytearray()

    def end_framing(self):
        if self.frame is not None and len(self.frame) > 0:
            self.commit(True)
        self.frame = None

    def commit(self, force=False):
        f = self.frame
        if f is not None and (force or len(f) >= _FRAME_SIZE_TARGET):
            if len(f) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + pack("<Q", len(f)))
            self.file_write(bytes(f))
            self.frame = bytearray()

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.file_write(data)

    def write_large(self, header, payload):
        # a big bytes or str goes outside any frame, so a reader can take it in one read
        self.commit(True)
        self.file_write(header)
        self.file_write(payload)


class _BytesSink:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(b)

    def getvalue(self):
        return b''.join(self.chunks)


class _Pickler:

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif not isinstance(protocol, int):
            index = getattr(type(protocol), '__index__', None)
            if index is None:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(protocol).__name__)
            protocol = index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._out = _Output(file_write)
        self.write = self._out.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_out"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self._out.start_framing()
        self.save(obj)
        self.write(STOP)
        self._out.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._out.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = _dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        reduce = getattr(self, "reducer_override", None)
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if issubclass(t, type):
                self.save_global(obj)
                return
            if t is _builtin_type or t is _method_descriptor_type:
                self.save_builtin(obj)
                return
            if t is _code_type:
                raise TypeError("cannot pickle code objects")
            if t is _method_type:
                self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not (2 <= len(rv) <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s" % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s" % type(kwargs).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be the object's class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                # as the C pickler: partial(getattr(cls, '__new__'), cls, *args, **kwargs),
                # with the getattr written out as a reduce
                import functools
                new = cls.__new__
                func = functools.partial(new, cls, *args, **kwargs)
                save(functools.partial)
                self.save_reduce(getattr, (cls, '__new__'), obj=new)
                fargs = (new,)
                write(TUPLE1)
                self.memoize(fargs)
                write(REDUCE)
                self.memoize(func)
                save((new, (cls,) + args, kwargs, None))
                write(BUILD)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the builtin types --
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                else:
                    self.write(BININT + pack("<i", obj))
            else:
                self.write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _save_bytes_data(self, op_short, op_long, op_8, obj):
        n = len(obj)
        if n <= 0xff and op_short is not None:
            self.write(op_short + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_big(op_8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._out.write_large(op_long + pack("<I", n), obj)
        else:
            self.write(op_long + pack("<I", n) + obj)

    def _write_big(self, header, data):
        if len(data) >= _FRAME_SIZE_TARGET:
            self._out.write_large(header, data)
        else:
            self.write(header + data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(SHORT_BINBYTES, BINBYTES, BINBYTES8, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        data = bytes(obj)
        self._write_big(BYTEARRAY8 + pack("<Q", len(data)), data)
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_big(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._out.write_large(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            text = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
            text = text.replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            n = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                n += 1
                if n == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            tmp = []
            for x in items:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if self.bin:
            if obj:
                self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            tmp = []
            for kv in items:
                tmp.append(kv)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        save = self.save
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if size == 0:
            return
        it = iter(obj)
        while True:
            write(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_builtin(self, obj):
        owner = getattr(obj, '__self__', None)
        qualname = getattr(obj, '__qualname__', '')
        if owner is None and '.' in qualname:
            # a method of a builtin class, unbound (CPython's method_descriptor)
            cls_name, _, attr = qualname.rpartition('.')
            try:
                cls = _getattribute(sys.modules['builtins'], cls_name)[0]
            except AttributeError:
                cls = None
            if isinstance(cls, type) and getattr(cls, attr, None) is obj:
                self.save_reduce(getattr, (cls, attr), obj=obj)
                return
        if owner is None or type(owner) is _module_type:
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        # CPython's classes and functions share their module's name object (and builtin types
        # one 'builtins' string), so the memo shares them; its builtin functions carry
        # another 'builtins' object
        module_name = whichmodule(obj, name)
        if type(obj) is not _builtin_type:
            name = sys.intern(name)
            module_name = sys.intern(module_name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname), obj=obj)
            return
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                if self.proto >= 3:
                    text = bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n'
                else:
                    text = bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i" % (module_name, name, self.proto)) from None
            write(GLOBAL + text)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_function(self, obj):
        self.save_global(obj)


_builtin_type = type(len)
_method_descriptor_type = type(str.upper)
_module_type = type(sys)


def _f():
    pass


class _C:
    def m(self):
        pass


_function_type = type(_f)
_code_type = type(_f.__code__)
_method_type = type(_C().m)
del _f, _C


def _codecs_encode():
    import _codecs
    return _codecs.encode


_dispatch = {
    type(None): _Pickler.save_none,
    bool: _Pickler.save_bool,
    int: _Pickler.save_long,
    float: _Pickler.save_float,
    bytes: _Pickler.save_bytes,
    bytearray: _Pickler.save_bytearray,
    str: _Pickler.save_str,
    tuple: _Pickler.save_tuple,
    list: _Pickler.save_list,
    dict: _Pickler.save_dict,
    set: _Pickler.save_set,
    frozenset: _Pickler.save_frozenset,
    type: _Pickler.save_type,
    _function_type: _Pickler.save_function,
    type(...): lambda self, obj: self.save_global(obj, 'Ellipsis'),
    type(NotImplemented): lambda self, obj: self.save_global(obj, 'NotImplemented'),
}


# ---- unpickling -------------------------------------------------------------------------
class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class _Unframer:
    """Reads from a file object; a FRAME's bytes are read in one go and served from memory."""

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        f = self.frame
        if f is not None:
            data = f[self.pos:self.pos + n]
            if len(data) < n:
                if len(data) == 0 and self.pos >= len(f):
                    self.frame = None
                    return self.file_read(n)
                raise UnpicklingError("pickle exhausted before end of frame")
            self.pos += n
            return data
        return self.file_read(n)

    def readline(self):
        f = self.frame
        if f is not None:
            if self.pos >= len(f):
                self.frame = None
                return self.file_readline()
            end = f.find(b'\n', self.pos)
            if end < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            data = f[self.pos:end + 1]
            self.pos = end + 1
            return data
        return self.file_readline()

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = data
        self.pos = 0


class _BytesReader:
    """Reads from an in-memory pickle (loads)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def readline(self):
        d = self.data
        end = d.find(b'\n', self.pos)
        if end < 0:
            line = d[self.pos:]
            self.pos = len(d)
            return line
        line = d[self.pos:end + 1]
        self.pos = end + 1
        return line

    def load_frame(self, size):
        if self.pos + size > len(self.data):
            raise UnpicklingError("pickle data was truncated")


class _Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        return self._run(_Unframer(self._file_read, self._file_readline))

    def _run(self, reader):
        self._reader = reader
        self.read = reader.read
        self.readline = reader.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = _load_dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %s." % _load_key_repr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            self._reader = None
            self.read = None
            self.readline = None

    def _need(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = self.stack[len(self.stack) - n:]
        del self.stack[len(self.stack) - n:]
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    # -- opcodes --
    def load_proto(self):
        proto = self._need(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._need(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._reader.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self._line()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._line()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = _c_int(data[:-1])
            # as in CPython's C loader: a two-character 0 or 1 ("-0", "+1") is a bool
            if len(data) == 3 and val in (0, 1):
                val = bool(val)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._need(4))[0])

    def load_binint1(self):
        self.append(self._need(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._need(2))[0])

    def load_long(self):
        val = self._line()[:-1]
        if val and val[-1] == 0x4c:
            val = val[:-1]
        self.append(_c_int(val))

    def load_long1(self):
        n = self._need(1)[0]
        self.append(decode_long(self._need(n)))

    def load_long4(self):
        n, = unpack('<i', self._need(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._need(n)))

    def load_float(self):
        try:
            self.append(float(self._line()[:-1].decode('ascii')))
        except ValueError:
            raise ValueError("could not convert string to float") from None

    def load_binfloat(self):
        self.append(unpack('>d', self._need(8))[0])

    def load_string(self):
        data = self._line()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<i', self._need(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._need(n)))

    def load_short_binstring(self):
        n = self._need(1)[0]
        self.append(self._decode_string(self._need(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._need(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytes(self._need(n)))

    def load_short_binbytes(self):
        n = self._need(1)[0]
        self.append(bytes(self._need(n)))

    def load_binbytes8(self):
        n, = unpack('<Q', self._need(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytes(self._need(n)))

    def load_bytearray8(self):
        n, = unpack('<Q', self._need(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytearray(self._need(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        self._top()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._line()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._need(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(str(self._need(n), 'utf-8'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._need(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(str(self._need(n), 'utf-8'))

    def load_short_binunicode(self):
        n = self._need(1)[0]
        self.append(str(self._need(n), 'utf-8'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack.append((self._pop(),))

    def load_tuple2(self):
        self.append(tuple(self._pop_n(2)))

    def load_tuple3(self):
        self.append(tuple(self._pop_n(3)))

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def load_inst(self):
        module = self._line()[:-1].decode("ascii")
        name = self._line()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._line()[:-1].decode("utf-8")
        name = self._line()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self._need(1)[0])

    def load_ext2(self):
        self.get_extension(unpack('<H', self._need(2))[0])

    def load_ext4(self):
        self.get_extension(unpack('<i', self._need(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE argument must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._line()[:-1].decode('ascii')))

    def load_binget(self):
        self._memo_get(self._need(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._need(4))[0])

    def load_put(self):
        i = int(self._line()[:-1].decode('ascii'))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._need(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._need(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        if len(self.stack) < 3:
            if self.metastack and len(self.stack) < 3:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        if self.metastack and not self.stack:
            raise UnpicklingError("unexpected MARK found")
        raise _Stop(self._pop())


def _c_int(text):
    """An integer as C's strtol reads it with base 0 (a leading 0 means octal)."""
    try:
        t = text.decode('ascii').strip()
        sign = 1
        if t[:1] in ('-', '+'):
            sign = -1 if t[0] == '-' else 1
            t = t[1:]
        if t[:2].lower() == '0x':
            return sign * int(t[2:], 16)
        if len(t) > 1 and t[0] == '0':
            return sign * int(t[1:], 8)
        return sign * int(t)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("could not convert string to int") from None


def _load_key_repr(c):
    if 0x20 <= c < 0x7f:
        return "'%s'" % chr(c)
    return "'\\x%02x'" % c


def _u(op):
    return op[0]


_load_dispatch = {
    _u(PROTO): _Unpickler.load_proto, _u(FRAME): _Unpickler.load_frame,
    _u(PERSID): _Unpickler.load_persid, _u(BINPERSID): _Unpickler.load_binpersid,
    _u(NONE): _Unpickler.load_none, _u(NEWFALSE): _Unpickler.load_false, _u(NEWTRUE): _Unpickler.load_true,
    _u(INT): _Unpickler.load_int, _u(BININT): _Unpickler.load_binint, _u(BININT1): _Unpickler.load_binint1,
    _u(BININT2): _Unpickler.load_binint2, _u(LONG): _Unpickler.load_long, _u(LONG1): _Unpickler.load_long1,
    _u(LONG4): _Unpickler.load_long4, _u(FLOAT): _Unpickler.load_float, _u(BINFLOAT): _Unpickler.load_binfloat,
    _u(STRING): _Unpickler.load_string, _u(BINSTRING): _Unpickler.load_binstring,
    _u(SHORT_BINSTRING): _Unpickler.load_short_binstring, _u(BINBYTES): _Unpickler.load_binbytes,
    _u(SHORT_BINBYTES): _Unpickler.load_short_binbytes, _u(BINBYTES8): _Unpickler.load_binbytes8,
    _u(BYTEARRAY8): _Unpickler.load_bytearray8, _u(NEXT_BUFFER): _Unpickler.load_next_buffer,
    _u(READONLY_BUFFER): _Unpickler.load_readonly_buffer, _u(UNICODE): _Unpickler.load_unicode,
    _u(BINUNICODE): _Unpickler.load_binunicode, _u(BINUNICODE8): _Unpickler.load_binunicode8,
    _u(SHORT_BINUNICODE): _Unpickler.load_short_binunicode, _u(TUPLE): _Unpickler.load_tuple,
    _u(EMPTY_TUPLE): _Unpickler.load_empty_tuple, _u(TUPLE1): _Unpickler.load_tuple1,
    _u(TUPLE2): _Unpickler.load_tuple2, _u(TUPLE3): _Unpickler.load_tuple3,
    _u(EMPTY_LIST): _Unpickler.load_empty_list, _u(EMPTY_DICT): _Unpickler.load_empty_dictionary,
    _u(EMPTY_SET): _Unpickler.load_empty_set, _u(FROZENSET): _Unpickler.load_frozenset,
    _u(LIST): _Unpickler.load_list, _u(DICT): _Unpickler.load_dict, _u(INST): _Unpickler.load_inst,
    _u(OBJ): _Unpickler.load_obj, _u(NEWOBJ): _Unpickler.load_newobj, _u(NEWOBJ_EX): _Unpickler.load_newobj_ex,
    _u(GLOBAL): _Unpickler.load_global, _u(STACK_GLOBAL): _Unpickler.load_stack_global,
    _u(EXT1): _Unpickler.load_ext1, _u(EXT2): _Unpickler.load_ext2, _u(EXT4): _Unpickler.load_ext4,
    _u(REDUCE): _Unpickler.load_reduce, _u(POP): _Unpickler.load_pop, _u(POP_MARK): _Unpickler.load_pop_mark,
    _u(DUP): _Unpickler.load_dup, _u(GET): _Unpickler.load_get, _u(BINGET): _Unpickler.load_binget,
    _u(LONG_BINGET): _Unpickler.load_long_binget, _u(PUT): _Unpickler.load_put,
    _u(BINPUT): _Unpickler.load_binput, _u(LONG_BINPUT): _Unpickler.load_long_binput,
    _u(MEMOIZE): _Unpickler.load_memoize, _u(APPEND): _Unpickler.load_append,
    _u(APPENDS): _Unpickler.load_appends, _u(SETITEM): _Unpickler.load_setitem,
    _u(SETITEMS): _Unpickler.load_setitems, _u(ADDITEMS): _Unpickler.load_additems,
    _u(BUILD): _Unpickler.load_build, _u(MARK): _Unpickler.load_mark, _u(STOP): _Unpickler.load_stop,
}


class Pickler(_Pickler):
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)"""


class Unpickler(_Unpickler):
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""


Pickler.__module__ = '_pickle'
Unpickler.__module__ = '_pickle'


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if buffer_callback is None:
        p = DEFAULT_PROTOCOL if protocol is None else protocol
        if type(p) is int and p < 0:
            p = HIGHEST_PROTOCOL
        data = _accel_dumps(obj, p)
        if data is not None:
            return data
    sink = _BytesSink()
    _Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    if fix_imports and buffers is None:
        # the native reader answers (obj,) for protocols 2-5 when it can
        r = _accel_loads(data)
        if r is not None:
            return r[0]
    u = _Unpickler(_NoFile, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    return u._run(_BytesReader(bytes(data)))


class _NoFile:
    @staticmethod
    def read(n):
        return b''

    @staticmethod
    def readline():
        return b''


# CPython's pickler and unpickler are C (_pickle): a traceback through them shows no frame
# of theirs.
__import__("_traceback")._native_module(globals())


def _test():
    import doctest  # gilpy has no doctest module: ModuleNotFoundError, as a missing feature
    return doctest.testmod()


if __name__ == "__main__":
    # `python -m pickle FILE...`: show what each pickle file holds
    import argparse
    parser = argparse.ArgumentParser(description='display contents of the pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                        help='the pickle file')
    parser.add_argument('-t', '--test', action='store_true', help='run self-test suite')
    parser.add_argument('-v', action='store_true',
                        help='run verbosely; only affects self-test run')
    options = parser.parse_args()
    if options.test:
        _test()
    elif not options.pickle_file:
        parser.print_help()
    else:
        import pprint
        for f in options.pickle_file:
            pprint.pprint(load(f))
