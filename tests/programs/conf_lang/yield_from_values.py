def inner(n):
    received = []
    for i in range(n):
        x = yield i
        received.append(x)
    return received

def outer():
    res = yield from inner(3)
    print("inner returned", res)
    res2 = yield from inner(1)
    print("second", res2)
    return len(res) + len(res2)

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("outer returned", e.value)

def delegate_throw():
    try:
        yield from sub()
    except ZeroDivisionError:
        print("outer caught ZeroDivisionError")
        yield "recovered"

def sub():
    try:
        yield "sub1"
    except KeyError:
        print("sub caught KeyError")
        yield "sub2"

d = delegate_throw()
print(next(d))
print(d.throw(KeyError))
print(d.throw(ZeroDivisionError))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(2), {"k": 1})))

def gen_expr_sum():
    return sum(x * x for x in range(5))
print(gen_expr_sum())

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")

c = closing_outer()
print(next(c))
c.close()
print("closed")

def stopper():
    yield from ()
    return "empty"
try:
    next(stopper())
except StopIteration as e:
    print("empty ->", e.value)
