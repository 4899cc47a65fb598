# pickle.dumps bytes for bytes and bytearray objects of several sizes, protocols 0..5 (_codecs.encode form below 3).
import hashlib
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 160:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[:24], d[-12:])
        else:
            print(p, d)
        y = pickle.loads(d)
        if y != x or type(y) is not type(x):
            print("  ROUND TRIP MISMATCH", p, type(y).__name__)


show("empty bytes", b"")
show("short bytes", b"abc")
show("bytes with high and control bytes", b"\x00\x01\n\\\x7f\x80\xff'")
show("255 bytes", bytes(range(255)))
show("256 bytes", bytes(range(256)))
show("300 bytes", bytes(i % 251 for i in range(300)))
show("70000 bytes", b"q" * 70000)
show("empty bytearray", bytearray())
show("short bytearray", bytearray(b"xyz\x00\xff"))
show("300 bytearray", bytearray(b"B" * 300))
show("70000 bytearray", bytearray(b"\xfe" * 70000))
show("bytes in a list", [b"one", b"two"])
show("bytes and str", (b"kk", "kk"))
# a bytes object referenced twice is memoized (the second use is a memo get)
b = b"shared bytes"
show("shared bytes", [b, b])
ba = bytearray(b"shared")
show("shared bytearray", [ba, ba])
loaded = pickle.loads(pickle.dumps([ba, ba], 2))
print("bytearray identity kept", loaded[0] is loaded[1])
loaded = pickle.loads(pickle.dumps([b, b], 2))
print("bytes identity kept", loaded[0] is loaded[1])
