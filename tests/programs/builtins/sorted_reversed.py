# sorted and reversed
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1, 2}))
print(sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["B", "a", "C"], key=str.lower))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: -t[1]))
print(sorted([1.5, 1, True, 0, -2.5]))
lst = [5, 3]
s = sorted(lst)
s.append(0)
print(lst, s)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item" + str(i)
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
