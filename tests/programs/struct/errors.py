# struct.error messages: out-of-range values, wrong argument counts/types, bad formats, wrong buffer sizes.
import struct


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
# range errors for each integer code and byte order
for fmt, v in (("b", 200), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", -1), ("H", 70000),
               ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1),
               ("Q", 2**64), ("n", 2**63), ("N", -1), ("<b", 200), ("<B", 256), ("<h", 40000), (">H", -1),
               ("<i", 2**31), ("!I", -1), ("<l", 2**31), ("<L", 2**32), ("<q", 2**63), (">Q", -1), ("P", -1)):
    attempt("pack(%r, %r)" % (fmt, v), struct.pack, fmt, v)
# type errors
attempt("pack('i', 1.5)", struct.pack, "i", 1.5)
attempt("pack('i', '1')", struct.pack, "i", "1")
attempt("pack('i', None)", struct.pack, "i", None)
attempt("pack('d', '1')", struct.pack, "d", "1")
attempt("pack('d', 1)", struct.pack, "d", 1)
attempt("pack('c', 'a')", struct.pack, "c", "a")
attempt("pack('c', b'ab')", struct.pack, "c", b"ab")
attempt("pack('s', 'text')", struct.pack, "s", "text")
attempt("pack('p', 1)", struct.pack, "p", 1)
attempt("pack('e', 1e6)", struct.pack, "e", 1e6)
attempt("pack('f', 1e300)", struct.pack, "f", 1e300)
attempt("pack('<e', 65520.0)", struct.pack, "<e", 65520.0)
attempt("pack('?', [])", struct.pack, "?", [])
# argument counts
attempt("pack('ii', 1)", struct.pack, "ii", 1)
attempt("pack('i', 1, 2)", struct.pack, "i", 1, 2)
attempt("pack('3s', b'a', b'b')", struct.pack, "3s", b"a", b"b")
attempt("pack('x', 1)", struct.pack, "x", 1)
attempt("pack()", struct.pack)
attempt("pack(1, 2)", struct.pack, 1, 2)
# bad formats
attempt("calcsize('z')", struct.calcsize, "z")
attempt("calcsize('<@i')", struct.calcsize, "<@i")
attempt("calcsize('3')", struct.calcsize, "3")
attempt("calcsize('i3')", struct.calcsize, "i3")
attempt("calcsize('99999999999999999999i')", struct.calcsize, "99999999999999999999i")
attempt("calcsize(b'<i')", struct.calcsize, b"<i")
attempt("calcsize(5)", struct.calcsize, 5)
attempt("pack('y', 1)", struct.pack, "y", 1)
# unpack with wrong sizes
attempt("unpack('i', b'abc')", struct.unpack, "i", b"abc")
attempt("unpack('<i', b'abcde')", struct.unpack, "<i", b"abcde")
attempt("unpack('2H', b'')", struct.unpack, "2H", b"")
attempt("unpack('', b'')", struct.unpack, "", b"")
attempt("unpack('', b'x')", struct.unpack, "", b"x")
attempt("unpack('i', 'abcd')", struct.unpack, "i", "abcd")
attempt("unpack('i', bytearray(b'abcd'))", struct.unpack, "i", bytearray(b"abcd"))
attempt("unpack('?', b'\\x05')", struct.unpack, "?", b"\x05")
attempt("unpack_from('i', b'abcdef', 3)", struct.unpack_from, "i", b"abcdef", 3)
attempt("unpack_from('i', b'abcdef', -2)", struct.unpack_from, "i", b"abcdef", -2)
attempt("unpack_from('i', b'abcdef', -7)", struct.unpack_from, "i", b"abcdef", -7)
attempt("unpack_from('i', b'abcdef', offset=2)", struct.unpack_from, "i", b"abcdef", offset=2)
attempt("iter_unpack('i', b'abcde')", struct.iter_unpack, "i", b"abcde")
attempt("iter_unpack('', b'')", struct.iter_unpack, "", b"")
buf = bytearray(6)
attempt("pack_into('i', buf, 3, 1)", struct.pack_into, "i", buf, 3, 1)
attempt("pack_into('i', buf, -7, 1)", struct.pack_into, "i", buf, -7, 1)
attempt("pack_into('i', b'immutable', 0, 1)", struct.pack_into, "i", b"immutable", 0, 1)
attempt("pack_into('i', buf)", struct.pack_into, "i", buf)
attempt("pack_into('i', buf, 0)", struct.pack_into, "i", buf, 0)
