# tuples
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.index(3), t.index(2, 2))
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("ab"), tuple([1, 2]))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
a, b, c = (10, 20, 30)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)), 3 in t, 9 in t)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(x * 2 for x in range(4)), sorted(((2, 1), (1, 2))))
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]))
