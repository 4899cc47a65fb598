# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)), max(c for c in "hello"))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(2) for y in "ab"))
print(sorted(-x for x in [3, 1, 2]))
print("".join(c.upper() for c in "abc"))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]), all(x for x in []))
def consume(it):
    out = []
    for v in it:
        out.append(v)
    return out
print(consume(i * 2 for i in range(4)))
seq = [1, 2, 3]
lazy = (x * 10 for x in seq)
seq.append(4)
print(list(lazy))
seq2 = [1, 2]
eager_iter = (x for x in seq2)
seq2 = [9, 9, 9]
print(list(eager_iter))
try:
    (1 / x for x in [1, 0])
    print("not evaluated yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 2 for x in range(5)))
print(tuple(x for x in "xyz"), list(zip((x for x in range(3)), "ab")))
