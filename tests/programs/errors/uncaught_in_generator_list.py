# exception inside a generator consumed by list() propagates through list()
def records(lines):
    for line in lines:
        name, value = line.split("=")
        yield name, int(value)
print(list(records(["a=1", "b=2"])))
data = ["x=10", "y=20", "z=oops"]
totals = dict(list(records(data)))
print(totals)
