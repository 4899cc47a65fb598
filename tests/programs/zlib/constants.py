# Module constants and the error class.
import zlib

for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2])
print(zlib.error, zlib.error.__name__, zlib.error.__qualname__, zlib.error.__module__)
print(issubclass(zlib.error, Exception), zlib.error.__mro__)
e = zlib.error("custom", 1)
print(e.args, repr(e))
class Mine(zlib.error):
    pass
try:
    raise Mine("sub")
except zlib.error as x:
    print("caught", type(x).__name__, x)
print(hasattr(zlib, "Compress"), hasattr(zlib, "Decompress"))
