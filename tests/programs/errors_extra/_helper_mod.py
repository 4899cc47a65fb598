# helper module for errors_extra programs (not a program itself)
class HelperError(Exception):
    pass

def compute_total(values):
    return sum(values)

def average(values):
    return compute_total(values) / len(values)

def strict_lookup(table, key):
    if key not in table:
        raise HelperError(f"missing {key!r}")
    return table[key]
