# open(): binary mode
path = "/tmp/gilpy_test_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:5], raw[-6:], raw == data + b"\r\n\x00end")
with open(path, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(0)
    print(f.read(1))
with open(path, "wb") as f:
    f.write("héllo\nwörld\n".encode("utf-8"))
with open(path, "rb") as f:
    print(f.read())
with open(path, "r", encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    print(f.readline(), f.readlines())
with open(path, "ab") as f:
    f.write(bytearray(b"more"))
with open(path, "rb") as f:
    print(list(f))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
with open(path, "rb") as f:
    print(f.read())
