# itertools objects as iterators: identity, exhaustion, errors from user code, unpacking
import itertools as it

makers = {
    "count": lambda: it.count(),
    "cycle": lambda: it.cycle("ab"),
    "repeat": lambda: it.repeat(1, 2),
    "accumulate": lambda: it.accumulate([1, 2]),
    "chain": lambda: it.chain("a", "b"),
    "compress": lambda: it.compress("ab", [1, 1]),
    "dropwhile": lambda: it.dropwhile(bool, [0, 1]),
    "filterfalse": lambda: it.filterfalse(bool, [0, 1]),
    "groupby": lambda: it.groupby("aab"),
    "islice": lambda: it.islice("abc", 2),
    "pairwise": lambda: it.pairwise("abc"),
    "starmap": lambda: it.starmap(max, [(1, 2)]),
    "takewhile": lambda: it.takewhile(bool, [1, 0]),
    "zip_longest": lambda: it.zip_longest("a", "bc"),
    "product": lambda: it.product("ab"),
    "permutations": lambda: it.permutations("ab"),
    "combinations": lambda: it.combinations("ab", 1),
    "combinations_with_replacement": lambda: it.combinations_with_replacement("ab", 1),
    "tee": lambda: it.tee("ab")[0],
}
for name, make in makers.items():
    obj = make()
    cls = type(obj)
    print(f"{name:30} {cls.__module__}.{cls.__name__:30} iter-is-self={iter(obj) is obj} "
          f"isinstance={isinstance(obj, cls if name == 'tee' else getattr(it, name))} has-next={hasattr(obj, '__next__')}")

# exhausted iterators stay exhausted
for name in ["repeat", "accumulate", "chain", "compress", "islice", "pairwise", "zip_longest",
             "product", "permutations", "combinations", "tee", "takewhile"]:
    obj = makers[name]()
    first = list(obj)
    print(name, first, list(obj), next(obj, "done"))

# next() with a default, unpacking, `in` consumes
c = it.count(1)
print(3 in c, next(c))  # `in` stopped right after finding 3
a, b, *rest = it.islice(it.count(), 5)
print(a, b, rest)
x, y = it.repeat("z", 2)
print(x, y, dict(it.zip_longest("abc", [1])), sorted(it.chain([3, 1], [2])))
print(list(enumerate(it.repeat("r", 3), 1)), max(it.islice(it.cycle([4, 9, 2]), 7)))

# exceptions from user functions propagate; the iterator can go on afterwards
def pred(x):
    if x == 2:
        raise ValueError("bad item 2")
    return x < 4
dw = it.dropwhile(pred, [1, 2, 3, 5, 1])
try:
    next(dw)
except ValueError as e:
    print("ValueError", e)
print(list(dw))
def gen():
    yield 1
    raise KeyError("boom")
ch = it.chain(gen(), [7, 8])
print(next(ch))
try:
    next(ch)
except KeyError as e:
    print("KeyError", e)
print(list(ch))
acc = it.accumulate([1, 2, None, 4])
print(next(acc), next(acc))
try:
    next(acc)
except TypeError as e:
    print("TypeError", e)
print(list(acc))
sm = it.starmap(lambda a, b: a // b, [(4, 2), (1, 0), (9, 3)])
print(next(sm))
try:
    next(sm)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(sm))

# a StopIteration raised by a function ends iteration early for map-like tools
def stopper(x):
    if x > 2:
        raise StopIteration
    return x
print(list(it.starmap(stopper, [(1,), (2,), (3,), (1,)])))
print(list(it.takewhile(lambda x: True, it.starmap(stopper, [(1,), (5,)]))))

# generators feeding itertools feeding generators
def evens():
    n = 0
    while True:
        yield n
        n += 2
def squares(xs):
    for x in xs:
        yield x * x
print(list(it.islice(squares(it.filterfalse(lambda v: v % 3 == 0, evens())), 6)))
print(sum(it.takewhile(lambda v: v < 1000, squares(it.count()))))
print(list(it.accumulate(it.repeat(2, 5), lambda a, b: a * b)))
