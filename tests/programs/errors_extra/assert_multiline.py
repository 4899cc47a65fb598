# an assertion with a message that spans several lines
def mean(xs):
    assert len(xs) > 0, (
        "mean() needs "
        "at least one value"
    )
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
print(mean([]))
