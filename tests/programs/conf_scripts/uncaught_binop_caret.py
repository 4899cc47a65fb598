def average(values):
    total = sum(values)
    return total / len(values)

def report(groups):
    for name, vals in groups.items():
        print(f"{name}: {average(vals):.2f}")

report({"a": [1, 2, 3], "b": [10], "c": []})
