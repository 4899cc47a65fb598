# A zlib.error that nobody catches ends the program with CPython's last line.
import zlib

print(zlib.decompress(zlib.compress(b"fine")))
zlib.decompress(b"this is not zlib data")
print("not reached")
