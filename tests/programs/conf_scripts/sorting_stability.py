records = [
    ("alice", "eng", 30), ("bob", "ops", 25), ("carol", "eng", 25),
    ("dave", "ops", 30), ("erin", "eng", 30), ("frank", "hr", 25),
]
by_age = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_age])
by_dept_then_age = sorted(sorted(records, key=lambda r: r[2], reverse=True), key=lambda r: r[1])
print([(r[1], r[2], r[0]) for r in by_dept_then_age])
print(sorted(records, key=lambda r: (r[1], -r[2], r[0]))[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (w.lower(), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(set(nums)))
lst = nums[:]
lst.sort(reverse=True)
print(lst, nums.index(-1), nums.count(-1), list(reversed(nums)))
mixed = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
print(sorted(mixed), max(mixed), min(mixed, key=lambda t: t[1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted("hello"), "".join(sorted("hello", reverse=True)), sorted([[2, 1], [1, 5], [1, 2, 0]]))
print(sorted([0.1, -0.0, 0.0, -1e-9, float("inf")]), sorted([True, 0, False, 1, 2]))
class Emp:
    def __init__(self, n, s):
        self.n, self.s = n, s
    def __lt__(self, o):
        print(f"  cmp {self.n}<{o.n}")
        return self.s < o.s
    def __repr__(self):
        return self.n
print(sorted([Emp("x", 3), Emp("y", 1), Emp("z", 2)]))
print(max([Emp("p", 1), Emp("q", 5)]))
