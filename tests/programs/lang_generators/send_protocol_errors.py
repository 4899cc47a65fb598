# Coroutine-style generators: priming, send errors, running averages, pipelines.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
attempt("send after finish", lambda: a.send(1))


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


def printer():
    while True:
        item = yield
        print("  printed:", item)


p = printer()
next(p)
gr = grep("py", p)
next(gr)
for line in ["python", "ruby", "pypy", "java"]:
    gr.send(line)
gr.close()
p.close()
print(gr.gi_frame, p.gi_frame)


def accum():
    items = []
    while True:
        try:
            x = yield
        except IndexError:
            yield list(items)
            continue
        items.append(x)


ac = accum()
next(ac)
ac.send(1)
ac.send(2)
print(ac.throw(IndexError))
next(ac)
ac.send(3)
print(ac.throw(IndexError))


def gen_with_default():
    x = yield "first"
    print("  x is", x)
    y = yield "second"
    print("  y is", y)


gd = gen_with_default()
print(next(gd))
print(next(gd))
attempt("end", lambda: next(gd))


def lazy_range(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
            continue
        i += 1


lr = lazy_range(5)
print([next(lr), next(lr), next(lr), lr.send("reset"), next(lr)])
attempt("send wrong count", lambda: lr.send())
attempt("send two", lambda: lr.send(1, 2))
attempt("throw no args", lambda: lr.throw())
attempt("generator callable?", lambda: callable(lr))
it = iter(lazy_range(3))
print(list(zip(it, it)))
