# any/all short-circuit and return exactly True/False
def noisy(seq, name):
    for x in seq:
        print("  %s -> %r" % (name, x))
        yield x
print(any(noisy([0, "", 3, 4], "any1")))
print(all(noisy([1, "x", 0, 5], "all1")))
print(any(noisy([], "any-empty")), all(noisy([], "all-empty")))
print(repr(any([0, "yes"])), repr(all([1, "yes"])), repr(any([[]])), repr(all([[]])))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v
print(any([Truth(False), Truth(True), Truth(True)]))
print(all([Truth(True), Truth(False), Truth(True)]))
it = iter([0, 0, 1, 2, 0])
print(any(it), list(it))
it = iter([1, 1, 0, 1])
print(all(it), list(it))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any({0: 1}), all({0: 1}))
print(all("abc"), any(""), all([None]) or "falsy", any(range(0)), all(range(1, 3)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
def boom():
    yield 1
    raise RuntimeError("not reached by any")
print(any(boom()))
try:
    all(boom())
except RuntimeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    any([BadBool()])
except ValueError as e:
    print(type(e).__name__, e)
print(any([0, BadBool][1:]), all([]), any([float("nan")]), all([0.0j]))
