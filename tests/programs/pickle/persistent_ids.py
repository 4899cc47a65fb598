# persistent_id / persistent_load in Pickler/Unpickler subclasses: PERSID (text) vs BINPERSID, errors, round trips.
import pickle


class Buf:
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0

    def write(self, b):
        self.data += b

    def read(self, n):
        chunk = bytes(self.data[self.pos:self.pos + n])
        self.pos += len(chunk)
        return chunk

    def readline(self):
        i = self.data.find(b"\n", self.pos)
        end = len(self.data) if i < 0 else i + 1
        chunk = bytes(self.data[self.pos:end])
        self.pos = end
        return chunk


class Record:
    def __init__(self, key):
        self.key = key


DB = {"r1": Record("r1"), "r2": Record("r2")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return DB[pid]


class TuplePidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class TupleUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        print("  persistent_load got", type(pid).__name__, repr(pid))
        if isinstance(pid, str):  # protocol 0 stores str(pid)
            return None
        kind, key = pid
        return DB[key]


payload = {"first": DB["r1"], "list": [DB["r2"], DB["r1"]], "plain": 3}
for proto in range(6):
    buf = Buf()
    DBPickler(buf, proto).dump(payload)
    print(proto, bytes(buf.data))
    back = DBUnpickler(Buf(bytes(buf.data))).load()
    print("  identity:", back["first"] is DB["r1"], back["list"][0] is DB["r2"], back["list"][1] is DB["r1"], back["plain"])

for proto in (0, 2, 4):
    buf = Buf()
    try:
        TuplePidPickler(buf, proto).dump([DB["r2"]])
    except Exception as e:
        print(proto, "tuple pid:", type(e).__name__, e)
        continue
    print(proto, "tuple pid:", bytes(buf.data))
    print("  loads back:", TupleUnpickler(Buf(bytes(buf.data))).load()[0] is DB["r2"])

# a plain Unpickler cannot handle persistent ids
buf = Buf()
DBPickler(buf, 2).dump(DB["r1"])
try:
    pickle.Unpickler(Buf(bytes(buf.data))).load()
except pickle.UnpicklingError as e:
    print("plain unpickler:", type(e).__name__, e)
try:
    pickle.loads(bytes(buf.data))
except pickle.UnpicklingError as e:
    print("pickle.loads:", type(e).__name__, e)


# protocol 0 persistent ids: a newline is written as is, non-ASCII is rejected
class NewlinePickler(pickle.Pickler):
    def persistent_id(self, obj):
        return "a\nb" if obj == "x" else ("\xe9" if obj == "y" else None)


for value in ("x", "y"):
    out = Buf()
    try:
        NewlinePickler(out, 0).dump(value)
    except Exception as e:
        print("protocol 0 pid:", type(e).__name__, e)
    else:
        print("protocol 0 pid:", bytes(out.data))


# persistent_id is consulted for every object, including ints and None
seen = []


class Spy(pickle.Pickler):
    def persistent_id(self, obj):
        seen.append(type(obj).__name__)
        return None


Spy(Buf(), 2).dump([1, None, "s", (2,)])
print("persistent_id saw:", seen)
