def mean(xs):
    assert len(xs) > 0, "empty list"
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
def check(x):
    assert x > 0
check(5)
result = [check(v) for v in (3, 2, 0)]
