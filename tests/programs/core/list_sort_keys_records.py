# sorting records with key functions, multiple keys, stability and reverse
people = [
    {"name": "Alice", "age": 30, "city": "Paris"},
    {"name": "bob", "age": 25, "city": "Berlin"},
    {"name": "Carol", "age": 35, "city": "Paris"},
    {"name": "dave", "age": 25, "city": "Austin"},
    {"name": "Eve", "age": 30, "city": "Berlin"},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (p["city"], -p["age"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["age"], reverse=True)])
# two-pass stable sort: by name then by age
tmp = sorted(people, key=lambda p: p["name"].lower())
tmp.sort(key=lambda p: p["age"])
print([(p["age"], p["name"]) for p in tmp])
words = "banana Apple cherry apple Banana date Cherry fig".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(w.lower() for w in words)))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda t: t[1]))
print(max(people, key=lambda p: (p["age"], p["name"]))["name"])
print(min(words, key=lambda w: w[::-1]))
inventory = {"apples": 12, "pears": 3, "plums": 12, "figs": 7}
for k, v in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{k:>7}: {v}")
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
print(bubble(nums) == sorted(nums), bubble("python"))
