# nonlocal across several nesting levels, shared and independent counters
def make():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, get, reset
inc, get, reset = make()
inc(); inc(5)
print(get(), reset(), get(), inc())
inc2, get2, _ = make()
print(inc2(10), get(), get2())
def three_levels():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 100
            return n
        inner()
        return inner()
    mid()
    return n
print(three_levels())
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed mid"
        inner()
        return v
    return mid(), v
print(shadow())
def loop_closures():
    fs = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
            return total
        fs.append(add)
    return [f() for f in fs], total
print(loop_closures())
def counter_gen():
    c = 0
    def bump():
        nonlocal c
        c += 1
    while c < 3:
        bump()
        yield c
print(list(counter_gen()))
def deleter():
    x = 1
    def kill():
        nonlocal x
        del x
    kill()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleter())
def uses_before():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError", e)
    y = 2
    return f()
print(uses_before())
