# uncaught ValueError from tuple unpacking in a for-loop inside a nested call
rows = [("a", 1), ("b", 2), ("c", 3, "extra")]
def total(items):
    result = 0
    for name, value in items:
        print("row", name, value)
        result += value
    return result
def report():
    return "total=%d" % total(rows)
print(report())
