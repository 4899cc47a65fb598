# open(): readline, readlines, iteration
path = "/tmp/gilpy_test_open_readlines.txt"
lines = ["alpha\n", "beta\n", "\n", "gamma\n", "delta"]
with open(path, "w") as f:
    f.writelines(lines)
with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print([len(l) for l in f])
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline()), next(f), repr(next(f)))
with open(path) as f:
    it = iter(f)
    print(it is f, next(it))
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
f = open(path)
with f:
    pass
print(f.closed)
try:
    next(f)
except ValueError as e:
    print(type(e).__name__, e)
