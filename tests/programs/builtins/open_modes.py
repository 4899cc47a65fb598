# open(): modes x, r+, w+, and context manager return value
path = "/tmp/gilpy_test_open_modes.txt"
with open(path, "w") as f:
    f.write("0123456789")
with open(path, "r+") as f:
    print(f.read(3))
    f.seek(0)
    f.write("AB")
with open(path) as f:
    print(f.read())
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
with open(path) as f:
    r = f.readable(), f.writable(), f.seekable()
print(r)
with open(path, "w") as f:
    print(f.readable(), f.writable())
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    f.write(b"x" * 10)
print(len(open(path, "rb").read()))
try:
    open(path, "rw")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(path, "wt", encoding="no-such-encoding")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open("/tmp", "r").read()
except IsADirectoryError as e:
    print(type(e).__name__, e)
