"""codecs, written for gilpy: the codec registry's interface over the text codecs that
str.encode and bytes.decode implement natively (UTF-8, UTF-8-SIG, ASCII, Latin-1, UTF-16,
UTF-32, unicode_escape, raw_unicode_escape), the bytes-to-bytes codecs hex, base64 and zlib,
and rot13. lookup() gives CodecInfo records with encoders, decoders and incremental forms;
codecs.open() opens a file in text mode without newline translation, as CPython's
StreamReaderWriter reads and writes."""

import builtins
import sys

__all__ = [
    "register", "unregister", "lookup", "open", "EncodedFile", "encode", "decode",
    "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
    "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
    "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "BufferedIncrementalEncoder", "BufferedIncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter",
    "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
    "backslashreplace_errors", "namereplace_errors",
    "register_error", "lookup_error",
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "getreader", "getwriter", "iterencode", "iterdecode",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: (encode, decode, streamreader, streamwriter) as a tuple, and
    by name with the incremental forms and the codec's name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """A stateless codec: encode(input, errors) and decode(input, errors) each return the
    output and how much of the input they consumed."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, consumed = self.decode(data, self.errors)
        return text

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text, consumed = self.decode(line, self.errors)
        if not keepends:
            text = text.splitlines()[0] if text else text
        return text

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the codecs ------------------------------------------------------------------------

def _text_codec(native, name):
    """CodecInfo for a text encoding that str.encode/bytes.decode know as `native`."""
    fname = name.replace("-", "_").replace("iso8859_1", "latin_1")

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (fname, type(input).__name__))
        return (input.encode(native, errors), len(input))

    def decode(input, errors="strict"):
        data = _as_bytes(input)
        return (data.decode(native, errors), len(data))

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            try:
                return decode(input, errors)
            except UnicodeDecodeError as e:
                # an incomplete sequence at the end waits for the next piece
                if final or e.end != len(input) or e.reason != "unexpected end of data":
                    raise
                return (decode(input[:e.start], errors)[0], e.start)

    class _Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors)

    encode.__name__ = fname + "_encode"
    decode.__name__ = fname + "_decode"
    return CodecInfo(encode, decode, _Reader, _Writer, _Encoder, _Decoder, name=name)


def _as_bytes(input):
    if isinstance(input, (bytes, bytearray)):
        return bytes(input)
    raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)


def _bytes_codec(name, enc, dec):
    def encode(input, errors="strict"):
        _check_strict(errors, name)
        data = _as_bytes(input)
        return (enc(data), len(data))

    def decode(input, errors="strict"):
        _check_strict(errors, name)
        data = _as_bytes(input)
        return (dec(data), len(data))

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name=name,
                     _is_text_encoding=False)


def _check_strict(errors, name):
    # CPython's hex, base64 and zlib codecs assert this
    assert errors == "strict"


def _hex():
    import binascii
    return _bytes_codec("hex", binascii.b2a_hex, binascii.a2b_hex)


def _base64():
    import base64
    return _bytes_codec("base64", base64.encodebytes, base64.decodebytes)


def _zlib():
    import zlib
    return _bytes_codec("zlib", zlib.compress, zlib.decompress)


def _rot13():
    table = str.maketrans(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")

    def encode(input, errors="strict"):
        return (str.translate(input, table), len(input))

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return str.translate(input, table)

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return str.translate(input, table)

    return CodecInfo(encode, encode, None, None, _Encoder, _Decoder, name="rot-13",
                     _is_text_encoding=False)


# normalized alias -> (native codec name for str.encode, CodecInfo name), or a factory
_TEXT = {
    "utf_8": ("utf-8", "utf-8"), "utf8": ("utf-8", "utf-8"), "u8": ("utf-8", "utf-8"),
    "utf": ("utf-8", "utf-8"), "cp65001": ("utf-8", "utf-8"),
    "utf_8_sig": ("utf-8-sig", "utf-8-sig"),
    "ascii": ("ascii", "ascii"), "us_ascii": ("ascii", "ascii"), "646": ("ascii", "ascii"),
    "latin_1": ("latin-1", "iso8859-1"), "latin1": ("latin-1", "iso8859-1"),
    "latin": ("latin-1", "iso8859-1"), "l1": ("latin-1", "iso8859-1"),
    "iso8859_1": ("latin-1", "iso8859-1"), "iso_8859_1": ("latin-1", "iso8859-1"),
    "8859": ("latin-1", "iso8859-1"), "cp819": ("latin-1", "iso8859-1"),
    "utf_16": ("utf-16", "utf-16"), "utf16": ("utf-16", "utf-16"), "u16": ("utf-16", "utf-16"),
    "utf_16_le": ("utf-16-le", "utf-16-le"), "utf_16le": ("utf-16-le", "utf-16-le"),
    "utf_16_be": ("utf-16-be", "utf-16-be"), "utf_16be": ("utf-16-be", "utf-16-be"),
    "utf_32": ("utf-32", "utf-32"), "utf32": ("utf-32", "utf-32"), "u32": ("utf-32", "utf-32"),
    "utf_32_le": ("utf-32-le", "utf-32-le"), "utf_32le": ("utf-32-le", "utf-32-le"),
    "utf_32_be": ("utf-32-be", "utf-32-be"), "utf_32be": ("utf-32-be", "utf-32-be"),
    "unicode_escape": ("unicode_escape", "unicode-escape"),
    "raw_unicode_escape": ("raw_unicode_escape", "raw-unicode-escape"),
}
_OTHER = {
    "hex": _hex, "hex_codec": _hex,
    "base64": _base64, "base_64": _base64, "base64_codec": _base64,
    "zlib": _zlib, "zip": _zlib, "zlib_codec": _zlib,
    "rot13": _rot13, "rot_13": _rot13,
}

_cache = {}
_search_functions = []


def _normalize(encoding):
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if gap and out:
                out.append("_")
            out.append(c.lower())
            gap = False
        else:
            gap = True
    return "".join(out)


def register(search_function):
    """Add a function that maps a normalized encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo for `encoding`; LookupError when no codec has that name."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    if key in _TEXT:
        native, name = _TEXT[key]
        found = _text_codec(native, name)
    elif key in _OTHER:
        found = _OTHER[key]()
    else:
        spaced = encoding.lower().replace(" ", "_")
        for fn in _search_functions:
            result = fn(spaced)
            if result is not None:
                if not isinstance(result, CodecInfo):
                    if not (isinstance(result, tuple) and len(result) == 4):
                        raise TypeError("codec search functions must return 4-tuples")
                    result = CodecInfo(*result)
                found = result
                break
    if found is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = found
    return found


def _wrap(what, encoding, exc):
    # CPython re-raises a plain TypeError/ValueError from a codec as the same type, with the
    # codec named, chained to the original
    if type(exc) in (TypeError, ValueError) and not exc.__dict__:
        new = type(exc)("%s with '%s' codec failed (%s: %s)" % (what, encoding, type(exc).__name__, exc))
        new.__cause__ = exc
        return new
    return exc


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        raise _wrap("encoding", encoding, exc) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        raise _wrap("decoding", encoding, exc) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file; with an encoding, in text mode through that codec and without newline
    translation (the bytes' line ends are kept as they are, as CPython's codecs.open does)."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if "b" in mode:
        mode = mode.replace("b", "")
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding" % encoding)
    f = builtins.open(filename, mode, buffering, encoding=encoding, errors=errors, newline="")
    return f


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    raise NotImplementedError("codecs.EncodedFile is not implemented in gilpy")


# ---- error handlers --------------------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_unicode_error(exc, kinds):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    _check_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    return ("", exc.end)


def replace_errors(exc):
    _check_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("\ufffd" * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    _check_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for ch in exc.object[exc.start:exc.end]:
        n = ord(ch)
        if n <= 0xff:
            out.append("\\x%02x" % n)
        elif n <= 0xffff:
            out.append("\\u%04x" % n)
        else:
            out.append("\\U%08x" % n)
    return ("".join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    _check_unicode_error(exc, UnicodeEncodeError)
    return ("".join("&#%d;" % ord(ch) for ch in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    raise NotImplementedError("the namereplace error handler needs unicodedata, which gilpy lacks")


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
}


def register_error(name, error_handler):
    """Register a handler under `name`. gilpy's native codecs apply only their built-in
    handlers; a registered one is returned by lookup_error for code that calls it itself."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
