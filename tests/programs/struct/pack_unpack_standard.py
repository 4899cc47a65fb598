# struct.pack/unpack/calcsize with standard sizes (< > ! =) for every format code, repeat counts and limits.
import struct

values = {
    "x": None, "c": b"Z", "b": -128, "B": 255, "?": True, "h": -32768, "H": 65535,
    "i": -2**31, "I": 2**32 - 1, "l": 2**31 - 1, "L": 2**32 - 1, "q": -2**63,
    "Q": 2**64 - 1, "e": 1.5, "f": -2.5, "d": 1e300, "s": b"str", "p": b"pas",
}
for order in "<>!=":
    print("== byte order", repr(order))
    for code, v in values.items():
        fmt = order + code
        args = () if v is None else (v,)
        data = struct.pack(fmt, *args)
        print(fmt, struct.calcsize(fmt), data, struct.unpack(fmt, data))

# repeat counts
for fmt in ("<3b", ">2H", "<4x", "<5s", ">5p", "<0s", "<10s", "!3d", "<2?", "<3c", ">0i", "<2e"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<3b", 1, -2, 3), struct.unpack("<3b", b"\x01\xfe\x03"))
print(struct.pack(">2H", 1, 258), struct.unpack(">2H", b"\x00\x01\x01\x02"))
print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"), struct.unpack("<5s", b"ab\x00\x00\x00"))
print(struct.pack(">5p", b"ab"), struct.pack(">3p", b"abcdef"), struct.unpack(">5p", b"\x02ab\x00\x00"))
print(struct.pack("<1p", b"zz"), struct.unpack("<1p", b"\x00"), struct.unpack("4p", b"\x09abc"))
print(struct.pack("300p", b"x" * 300)[:4], struct.unpack("300p", struct.pack("300p", b"y" * 300))[0][-3:])
print(struct.pack("<0s", b"abc"), struct.pack("<3c", b"a", b"b", b"c"), struct.unpack("<3c", b"xyz"))
print(struct.pack("!3d", 0.5, -0.0, float("inf")))
print(struct.pack("<2?", 0, "nonempty"), struct.unpack("<3?", b"\x00\x01\x02"))
print(struct.pack("<4x"), struct.pack("<b2xb", 1, 2), struct.unpack("<b2xb", b"\x01\x00\x00\x02"))
# whitespace between codes is ignored
print(struct.pack("< i h", 1, 2), struct.calcsize("> q q"), struct.pack("<10 s".replace(" ", ""), b"sp"))

# mixed records
rec = struct.pack("<HI8sd?", 7, 123456, b"name", 3.25, False)
print(rec, struct.calcsize("<HI8sd?"), struct.unpack("<HI8sd?", rec))
rec = struct.pack(">cbhiq", b"!", -1, -2, -3, -4)
print(rec, struct.unpack(">cbhiq", rec))

# float formats: rounding and special values
for v in (0.1, 1/3, 65504.0, 6e-8, 1e-10, -0.0, float("inf"), float("-inf")):
    print(repr(v), struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v))[0],
          struct.pack("<f", v), struct.unpack("<f", struct.pack("<f", v))[0], struct.pack(">d", v))
nan_e = struct.unpack("<e", struct.pack("<e", float("nan")))[0]
nan_f = struct.unpack("<f", struct.pack("<f", float("nan")))[0]
print(nan_e != nan_e, nan_f != nan_f, struct.pack("<d", float("nan")))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<f", b"\x00\x00\x80\x7f"))
# integers given as objects with __index__
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<Q", True), struct.pack(">h", -1))
