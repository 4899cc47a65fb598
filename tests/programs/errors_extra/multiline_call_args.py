# the error happens inside one argument of a call that spans several lines
def build(name, size, tags, extra=None):
    return {"name": name, "size": size, "tags": tags, "extra": extra}

sizes = [1, 2, 3]
print(build("a", sizes[0], ["x"]))
record = build(
    "b",
    sizes[1],
    tags=["y", "z"],
    extra=sizes[7],
)
print(record)
