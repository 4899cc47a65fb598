# len()
print(len(""), len("abc"), len("日本語"), len("🙂"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)))
print(len(b"bytes"), len(bytearray(3)), len(frozenset("aab")))
print(len({"a": 1}.keys()), len({"a": 1}.items()), len({"a": 1}.values()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, 3.5, None, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
