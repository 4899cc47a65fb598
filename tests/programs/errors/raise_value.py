# uncaught ValueError after some output
print("starting")
values = [1, 2, 3]
print("sum", sum(values))
def validate(v):
    if v < 0:
        raise ValueError("negative")
    return v
print([validate(v) for v in values])
try:
    validate(-1)
except ValueError as e:
    print("caught first one:", e)
raise ValueError("bad")
