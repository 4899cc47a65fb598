# TypeError in the inner operand of a compound expression: CPython marks only the failing operator
def scale(values, factor):
    return [v * 2 for v in values]

width = 10
height = "20"
margin = 3
print("area with margin:", width * 2 + margin)
total = margin + width * height - margin
print("unreachable", total)
