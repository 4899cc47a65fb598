# the called function raises; the caller's call spans several lines
def check(low, high, value):
    if not low <= value <= high:
        raise ValueError(f"{value} not in [{low}, {high}]")
    return value

print(check(0, 10, 5))
result = check(
    0,
    10,
    value=11,
)
