a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print([*range(3), *"ab", *{"k": 1}])
print({*range(3), 5}, (*[1, 2],))
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2, "d": 5})
print(d1 | d2, d2 | d1)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **d1, **{"z": 0}))
try:
    f(**d1, **{"a": 9})
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
a, b = b, a
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
print(*[1, 2, 3], sep="-")
print(*"", "end")
