# CPython 3.11 does not validate parties (the "parties must be > 0" check arrived in 3.12)
import threading
b = threading.Barrier(0)
print(b.parties, b.broken)
b = threading.Barrier(-3)
print(b.parties)
