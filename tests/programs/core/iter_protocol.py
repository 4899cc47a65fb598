# iter() and next() on builtin iterables
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
t = iter((9, 8))
print(next(t), next(t), next(t, None))
e = enumerate("xy", start=5)
print(next(e), list(e))
z = zip([1, 2], "ab", (True, False))
print(next(z), list(z))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
rv = reversed([1, 2, 3])
print(type(rv).__name__, list(rv), list(rv))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
li = iter(lst)
lst.append(3)
print(list(li))
a, b = iter([10, 20])
print(a, b)
