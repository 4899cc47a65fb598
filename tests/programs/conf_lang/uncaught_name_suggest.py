def compute(values):
    total = 0
    for v in values:
        total += v
    return totl

print(compute([]) if False else "start")
compute([1, 2])
