def combine(a, b, c):
    return a + b + c

values = [1, 2, "three"]
result = combine(
    values[0],
    values[1],
    values[2],
)
print(result)
