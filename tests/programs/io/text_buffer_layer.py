# a text file's `buffer` is its binary layer: bytes written there go out ahead of text still
# pending in the text layer, and bytes the buffer reads ahead are what the text layer reads next
import os, sys, tempfile

print("text first")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes second\n")
sys.stdout.buffer.flush()
b = sys.stdout.buffer
print(b.name, b.mode, sys.stdin.buffer.mode, sys.stderr.buffer.mode, b.closed)
print(b.write(b"abc"), b.write(bytearray(b"def\n")))
try:
    b.write("str")
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()))

path = os.path.join(tempfile.mkdtemp(), "layers.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\n")          # pending in the text layer
    f.buffer.write(b"raw\n")    # straight to the binary layer
    f.write("end\n")
    print(f.buffer.mode, f.buffer.name == path, f.buffer.closed)
with open(path, "rb") as f:
    print(f.read())

with open(path, "w") as f:
    f.write("line one\nline two\nline three\n")
with open(path) as f:
    # the text layer reads a whole chunk ahead: the binary layer finds nothing after it
    print(repr(f.readline()), repr(f.buffer.readline()), repr(f.read()))
with open(path, "rb") as raw:
    print(raw.readline(), raw.read(4), raw.read())
with open(path, encoding="utf-8") as f:
    # bytes the binary layer read ahead are the text layer's next
    print(repr(f.buffer.read(5)), repr(f.buffer.readline()), repr(f.readline()), repr(f.read()))
with open(path, "r+") as f:
    print(f.buffer.mode)
t = open(path)
for line in t.buffer:
    print(line)
t.close()
sys.stderr.buffer.write(b"to stderr through the buffer\n")
os.remove(path)
