# functools: partial (call, nesting, repr, attributes, pickling by protocol), reduce (with and
# without an initial value, the empty-iterable error), wraps/update_wrapper, cmp_to_key
import functools
import pickle


def power(base, exp=2, *, scale=1):
    return scale * base ** exp


square = functools.partial(power, exp=2)
cube_scaled = functools.partial(power, exp=3, scale=10)
print(square(4), cube_scaled(2), square(3, exp=3))
p2 = functools.partial(functools.partial(power, 2), scale=3)
print(p2(), p2.func is power, p2.args, p2.keywords)
print(repr(functools.partial(power, 5, exp=1)).replace(hex(id(power)), 'ADDR').split(' at ')[0])
for proto in range(6):
    back = pickle.loads(pickle.dumps(cube_scaled, proto))
    print(proto, back(3), back.args, back.keywords, type(back).__name__)
try:
    functools.partial(42)
except TypeError as e:
    print("TypeError", e)
print(functools.reduce(lambda a, b: a * b, range(1, 7)), functools.reduce(lambda a, b: a + b, [], 100))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)


def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k) + 1
    return inner


@deco
def answer():
    """The answer."""
    return 41


print(answer(), answer.__name__, answer.__doc__, answer.__wrapped__.__name__)
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))
