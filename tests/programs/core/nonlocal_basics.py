# nonlocal
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = middle()
    return x, r
print(outer())
def swap_pair():
    a, b = 1, 2
    def sw():
        nonlocal a, b
        a, b = b, a
    sw()
    return a, b
print(swap_pair())
def acc():
    total = []
    def add(v):
        nonlocal total
        total = total + [v]
        return total
    return add
f = acc()
f(1)
print(f(2))
def local_err():
    v = 10
    def bad():
        v += 1
        return v
    try:
        bad()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_err()
