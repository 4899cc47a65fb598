# file.truncate(): default size is the position, the position stays, read-only files refuse
import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "f.bin")
with open(p, "w+b") as f:
    f.write(b"hello world"); f.seek(5); print(f.truncate(), f.tell()); f.seek(0); print(f.read())
    print(f.truncate(2)); f.seek(0); print(f.read())
with open(p, "w") as f:
    f.write("abcdef"); print(f.truncate(3))
print(open(p).read())
with open(p) as f:
    try: f.truncate()
    except OSError as e: print(type(e).__name__, e)
os.remove(p); os.rmdir(d)
