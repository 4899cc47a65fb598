# unpacking errors and star targets
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def too_many():
    a, b = 1, 2, 3
    return a
def too_few():
    a, b, c = [1, 2]
    return a
def not_iter():
    a, b = 5
    return a
def star_short():
    a, b, *c = [1]
    return c
def ok_star():
    a, *b, c = (1, 2)
    return a, b, c
def nested_bad():
    (a, b), c = [1, 2], 3, 4
    return a
def from_dict():
    k1, k2 = {"x": 1, "y": 2}
    return k1, k2
def from_str():
    *a, = "xyz"
    return a
for fn in [too_many, too_few, not_iter, star_short, ok_star, nested_bad, from_dict, from_str]:
    attempt(fn)
print([*range(3), *"ab"], (*[1, 2],), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
try:
    x, y = gen(), 
except ValueError as e:
    print(type(e).__name__, e)
