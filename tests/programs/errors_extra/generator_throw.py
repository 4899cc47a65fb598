# an exception thrown into a paused generator with throw() and not handled there
def reader(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield line.strip()
        except ValueError as e:
            print("reader got", e, "at line", n)

r = reader(["a ", " b", "c"])
print(next(r))
print(r.throw(ValueError("bad data")))
r.throw(KeyError("stop"))
