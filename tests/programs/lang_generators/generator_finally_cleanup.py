# Yield inside try/finally, cleanup on garbage collection, generator expressions scoping.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def resource(name):
    print("  open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  close", name)


for v in resource("A"):
    print(v)

for v in resource("B"):
    print(v)
    break
print("after break")

g = resource("C")
next(g)
del g
print("after del")


def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("  inner finally")
            yield "from-finally"
    finally:
        print("  outer finally")


n = nested_finally()
print(next(n))
attempt("close yields in finally", lambda: n.close())
print(list(nested_finally()))


def counter():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  exit seen")
        raise


c = counter()
next(c)
c = None
print("rebound")

# generator expression scoping
x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))

first = [1, 2]
gen2 = (a for a in first)
first = [9]
print(list(gen2))


class Scope:
    val = 5
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        bad = [val for _ in items]
    except NameError as e:
        err = str(e)
    firstonly = list(v * 2 for v in items)


print(Scope.doubled, Scope.err, Scope.firstonly)

attempt("genexp unpack error lazy", lambda: type((a for a, b in [1])).__name__)
attempt("genexp first iter eager", lambda: (a for a in 5))
gen3 = (1 / z for z in [1, 0])
print(next(gen3))
attempt("error in genexp", lambda: next(gen3))
attempt("after error", lambda: next(gen3))
print(sum(i * i for i in range(5)), max((len(w), w) for w in ["aa", "b"]))
print(list((i, j) for i in range(3) for j in range(i) if (i + j) % 2))
nested = ((y for y in range(x)) for x in range(3))
print([list(g) for g in nested])
