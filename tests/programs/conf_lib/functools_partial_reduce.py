from functools import partial, reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 7), 1))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square.func.__name__, square.args, square.keywords)
cube_mod = partial(power, exp=3, mod=5)
print(cube_mod(4))
print(repr(partial(int, base=2)))
print(repr(partial(max, 1, 2)))
b2 = partial(int, base=2)
print(b2("1011"), b2("11", base=3))
p2 = partial(partial(operator.sub, 10), 3)
print(p2(), p2.args)
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=partial(str.lower)))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
