# map and filter
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(map(len, ["a", "bb", ""])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
calls = []
def record(x):
    calls.append(x)
    return x * 10
lazy = map(record, [1, 2, 3])
print(calls)
print(next(lazy), calls)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), max(map(len, ["ab", "abcd", "a"])))
print(list(map(lambda t: t[0] + t[1], zip("ab", "cd"))))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
