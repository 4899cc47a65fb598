# errors inside a dict comprehension nested in a generator expression
rows = [("a", "1"), ("b", "2"), ("c", "x3")]

def to_map(pairs):
    return {k: int(v) for k, v in pairs}

print(to_map(rows[:2]))
sizes = list(len(to_map([r])) for r in rows)
print(sizes)
