# enumerate and zip
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate("ab", start=-2)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["a", "b"], [1, 2])))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate([10, 20])
print(next(e), next(e), next(e, "done"))
print(list(enumerate(range(3), 2 ** 64)))
def gen():
    for i in range(3):
        print("gen yields", i)
        yield i
print(list(zip(gen(), "ab")))
