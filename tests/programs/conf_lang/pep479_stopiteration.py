def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def first(iterable):
    for x in iterable:
        return x
    return None
print(first([]), first("abc"))

print(next(iter([]), "default"))

def gen():
    yield 1
    return 5

print(list(gen()))

def fine():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled"
print(list(fine()))

it = uses_next(iter([10]))
print(next(it))
next(it)
