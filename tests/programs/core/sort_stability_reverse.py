# sort stability with key and reverse
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: -p[1]))
print(list(reversed(sorted(data, key=lambda p: p[1]))))
words = ["Banana", "apple", "cherry", "Apple", "banana", "APPLE"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len))
nums = [3, 1.0, 2, 1, True, 0, False, 2.0]
print(sorted(nums))
print(sorted(nums, reverse=True))
lst = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
lst.sort()
print(lst)
lst.sort(key=lambda t: t[0], reverse=True)
print(lst)
calls = []
def k(x):
    calls.append(x)
    return -x
r = sorted([3, 1, 2], key=k)
print(r, calls)
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]))
print(sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
x = [5, 3, 1]
print(x.sort(), x, sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1), reverse=1))
