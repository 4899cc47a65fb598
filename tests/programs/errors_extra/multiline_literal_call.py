# an error inside one entry of a dict literal spread over several lines
def ratio(a, b):
    return round(a / b, 2)

stats = {
    "first": ratio(1, 4),
    "second": ratio(3, 0),
    "third": ratio(2, 5),
}
print(stats)
