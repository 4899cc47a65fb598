def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def convert(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v

CONFIG = """
# settings
width = 80
height=24   # rows
ratio = 1.5
name = demo
empty =
"""
result = dict(convert(parse(strip_comments(read_lines(CONFIG)))))
print(result)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is not None:
            n += cmd
        else:
            n += 1

g = counter()
print(next(g), next(g), g.send(10), g.send("reset"), next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("closed")

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return "done"
        yield x

def squares():
    i = 0
    while True:
        yield i * i
        i += 1

print(list(take(5, squares())))
gen = take(2, iter("abc"))
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value)

evens = (x for x in range(20) if x % 2 == 0)
print(sum(evens), sum(evens))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
    break
print("after break")
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 99
t = thrower()
next(t)
print(t.throw(KeyError("k")))
