# sorted/list.sort with key=str.lower, reverse, and stability under both
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "CHERRY"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, reverse=True))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
lst = list(words)
lst.sort(key=str.upper)
print(lst)
lst.sort(key=str.casefold, reverse=True)
print(lst)
print(sorted("Hello World"), sorted("Hello World", key=str.isupper))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0))
try:
    sorted([1, 2], str.lower)
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", "B"], key=str.lower, reverse=None)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=str.lower)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(reverse=True, cmp=None)
except TypeError as e:
    print("TypeError", e)
print(sorted({"b": 1, "A": 2, "a": 3}, key=str.lower))
print(sorted(["\u00e9", "e", "f", "E"]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1], reverse=True))
