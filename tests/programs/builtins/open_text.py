# open(): write and read text files
path = "/tmp/gilpy_test_open_text.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third: é ü\n")
    print("write returned", n)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.read()), repr(f.read()))
f = open(path)
print(f.closed, f.name, f.mode)
print(repr(f.readline()))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    print("overwritten", file=f)
    print("via", "print", sep="-", file=f)
with open(path) as f:
    print(repr(f.read()))
try:
    open("/tmp/gilpy_test_definitely_missing_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "rz")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()))
