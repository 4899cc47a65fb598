# an uncaught exception with several args, and a KeyError with an empty-string key
def lookup(d, k):
    return d[k]
try:
    lookup({}, "")
except KeyError as e:
    print("caught", repr(e), str(e))
raise OSError(2, "No such file or directory", "missing.txt")
