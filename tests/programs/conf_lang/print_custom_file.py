import io
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

rec = Recorder()
print("a", "b", 3, sep="-", end="!\n", file=rec)
print(file=rec)
print("x", file=rec, flush=True)
print(rec.calls)

class Prefixer:
    def __init__(self, stream, tag):
        self.stream = stream
        self.tag = tag
    def write(self, s):
        if s.strip():
            self.stream.write(f"[{self.tag}] {s}")
        else:
            self.stream.write(s)

old = sys.stdout
sys.stdout = Prefixer(old, "log")
print("hello", "world")
print("one")
sys.stdout = old
print("restored")

buf = io.StringIO()
print(1, 2, 3, file=buf, sep=", ")
print(repr(buf.getvalue()))
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
