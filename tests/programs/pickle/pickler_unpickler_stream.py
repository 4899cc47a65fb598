# Pickler/Unpickler over a hand-written file-like object: several dumps then loads, memo across dumps, clear_memo, dump/load.
import pickle


class Buf:
    """Minimal binary stream: write(b), read(n), readline(), readinto not needed."""

    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.writes = 0

    def write(self, b):
        self.writes += 1
        self.data += b
        return len(b)

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data) - self.pos
        chunk = bytes(self.data[self.pos:self.pos + n])
        self.pos += len(chunk)
        return chunk

    def readline(self):
        i = self.data.find(b"\n", self.pos)
        end = len(self.data) if i < 0 else i + 1
        chunk = bytes(self.data[self.pos:end])
        self.pos = end
        return chunk


for proto in range(6):
    buf = Buf()
    p = pickle.Pickler(buf, proto)
    shared = ["shared"]
    p.dump(shared)
    p.dump({"again": shared})  # memo persists across dump() calls: second refers back
    p.clear_memo()
    p.dump(shared)  # after clear_memo the list is written out again
    p.dump(None)
    print(proto, bytes(buf.data))
    u = pickle.Unpickler(Buf(bytes(buf.data)))
    a = u.load()
    b = u.load()
    c = u.load()
    d = u.load()
    print("  loaded", a, b, c, d, "| b refers to a:", b["again"] is a, "| c is a:", c is a)
    try:
        u.load()
    except EOFError as e:
        print("  at end:", type(e).__name__, e)

# module-level dump/load with the same stream
buf = Buf()
for obj in (1, "two", [3.0], (4,), {5: 6}):
    pickle.dump(obj, buf, protocol=2)
pickle.dump(b"seven", buf)
print("dump wrote", len(buf.data), "bytes")
rd = Buf(bytes(buf.data))
print([pickle.load(rd) for _ in range(6)])

# a framed protocol 4 dump spanning several frames
buf = Buf()
pickle.dump(list(range(50000)), buf, protocol=4)
print("framed dump: bytes", len(buf.data), buf.writes > 0, bytes(buf.data[:12]))
raw = bytes(buf.data)
pos, sizes = 2, []
while pos < len(raw) and raw[pos] == 0x95:
    n = int.from_bytes(raw[pos + 1:pos + 9], "little")
    sizes.append(n)
    pos += 9 + n
print("frame sizes", sizes, "end", pos == len(raw))
back = pickle.load(Buf(bytes(buf.data)))
print(len(back), back[:3], back[-1], back == list(range(50000)))

# Pickler attributes and argument checking
pk = pickle.Pickler(Buf())
print("dump returns:", pk.dump(0), hasattr(pk, "memo"), hasattr(pk, "clear_memo"))
try:
    pickle.Pickler(object())
except TypeError as e:
    print("no write:", type(e).__name__, e)
try:
    pickle.Pickler(Buf(), 7)
except ValueError as e:
    print("bad protocol:", type(e).__name__, e)
up = pickle.Unpickler(Buf(b"\x80\x02K\x05."))
print("Unpickler.load:", up.load())
try:
    pickle.Unpickler(Buf(b"")).load()
except EOFError as e:
    print("empty stream:", type(e).__name__, e)
# Unpickler(...).load() stops at STOP and leaves the rest of the stream unread
rest = Buf(b"K\x01.K\x02.")
u = pickle.Unpickler(rest)
print(u.load(), rest.pos, u.load(), rest.pos)
