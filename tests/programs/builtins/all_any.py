# all() and any()
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all([[], [1]]), any([[], [1]]), all({0: 1}), any({0: 1, 1: 0}))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all(range(1, 4)), all(range(0, 4)))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [3, 2, 1, 5]), seen)
print(all([None]), any([None, ""]), any([float("nan")]), all([0.0]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
class Bomb:
    def __bool__(self):
        raise ValueError("boom in bool")
try:
    any([0, Bomb()])
except ValueError as e:
    print(type(e).__name__, e)
print(any([1, Bomb()]), all([0, Bomb()]))
