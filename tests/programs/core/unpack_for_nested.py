# unpacking in for-loop targets, nested and starred, and exact error messages
pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a, b, c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for *init, last in [(1, 2, 3), [4], "xy"]:
    print(init, last)
for (a, *b), c in [((1, 2, 3), 4), ("hi", 5)]:
    print(a, b, c)
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
def t1():
    for a, b in [(1, 2), (3, 4, 5)]:
        print("t1", a, b)
def t2():
    for a, b, c in [(1, 2)]:
        pass
def t3():
    for a, *b, c in [(1,)]:
        pass
def t4():
    for (a, b), c in [(1, 2)]:
        pass
def t5():
    a, b = None
def t6():
    [a, b] = {1: 2}
def t7():
    a, b, *c, d, e = range(3)
def t8():
    x, y = iter([1, 2, 3])
attempt("t1", t1)
attempt("t2", t2)
attempt("t3", t3)
attempt("t4", t4)
attempt("t5", t5)
attempt("t6", t6)
attempt("t7", t7)
attempt("t8", t8)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    pass
print(d)
a = b = [1, 2]
a, b = b, a
print(a is b)
(a, b), [c, d] = "xy", "zw"
print(a, b, c, d)
