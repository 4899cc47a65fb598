# the operator functions: same results as the operators they name
import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add("ab", "cd"), op.mul([0], 3), op.mod("%s-%d", ("x", 4)), op.or_({1}, {2}))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(1, 2), op.gt(3, 2))
print(op.lt("abc", "abd"), op.eq([1, 2], [1, 2]), op.gt((2,), (1, 9)))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), type(op.index(True)).__name__)
print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.contains({"k": 1}, "v"))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.indexOf("banana", "n"), op.indexOf([4, 5], 5))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2, 3)))
print(op.getitem([10, 20, 30], 1), op.getitem("hello", slice(1, 3)), op.getitem({"a": 1}, "a"))
lst = [1, 2, 3]
op.setitem(lst, 0, 99)
op.delitem(lst, 1)
print(lst)
d = {}
op.setitem(d, "x", 1)
print(d)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 8))
class Hint:
    def __length_hint__(self):
        return 42
class NoHint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(Hint()), op.length_hint(NoHint(), 3))
print(op.call(len, "abcd"), op.call(dict, a=1), op.call(max, 3, 9, key=lambda v: -v))

# with reduce and map
print(reduce(op.add, range(1, 11)), reduce(op.mul, range(1, 6)), reduce(op.or_, [1, 2, 4, 8]))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), list(map(op.neg, [1, -2])), list(map(op.pow, [2, 3], [3, 2])))
print(sorted([3, 1, 2], key=op.neg), max(["bb", "a", "ccc"], key=len))

# in-place variants: mutable targets change, immutable ones return a new value
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = op.iadd("x", "y")
print(s)
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 5))
print(op.ilshift(1, 2), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
st = {1}
print(op.ior(st, {2}) is st, st, op.iconcat([1], (2,)))

class Vec:
    def __init__(self, *xs): self.xs = xs
    def __matmul__(self, other): return sum(a * b for a, b in zip(self.xs, other.xs))
    def __add__(self, other): return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
    def __iadd__(self, other):
        self.xs = tuple(a + b for a, b in zip(self.xs, other.xs))
        return self
    def __neg__(self): return Vec(*(-a for a in self.xs))
    def __repr__(self): return f"Vec{self.xs}"
v = Vec(1, 2)
print(op.matmul(v, Vec(3, 4)), op.add(v, v), op.neg(v), op.iadd(v, Vec(10, 10)) is v, v)
print(op.imatmul(Vec(1, 1), Vec(2, 3)))

# the dunder spellings name the same functions
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv, op.invert is op.inv,
      op.__call__ is op.call, op.__iconcat__ is op.iconcat, op.__matmul__ is op.matmul)
print(op.__add__(1, 2), op.__getitem__("ab", 0), op.__contains__([1], 1), op.__lt__(1, 2))
print(sorted(n for n in op.__all__ if n.startswith("i")))
print(len(op.__all__), op.add.__name__, op.and_.__name__, op.__name__)

for bad in [lambda: op.add(1, "a"), lambda: op.neg("a"), lambda: op.pos("a"), lambda: op.abs("a"),
            lambda: op.inv("a"), lambda: op.lshift(1, "a"), lambda: op.matmul(1, 2),
            lambda: op.imatmul(1, 2), lambda: op.truediv(1, 0), lambda: op.index("a"),
            lambda: op.index(2.0), lambda: op.concat(1, 2), lambda: op.concat([1], 2),
            lambda: op.concat({}, {}), lambda: op.iconcat(1, 2), lambda: op.indexOf([1, 2], 3),
            lambda: op.indexOf(1, 3), lambda: op.countOf(1, 3), lambda: op.contains(1, 2),
            lambda: op.getitem(1, 2), lambda: op.getitem([], 0), lambda: op.setitem(1, 2, 3),
            lambda: op.setitem((1,), 0, 2), lambda: op.length_hint(3, "a"),
            lambda: op.length_hint(3, 2.0), lambda: op.call(1), lambda: op.lt(1, "a"),
            lambda: op.getitem({}, "k")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class BadHint:
    def __length_hint__(self):
        return "x"
class NegHint:
    def __length_hint__(self):
        return -1
for obj in (BadHint(), NegHint()):
    try:
        op.length_hint(obj)
    except Exception as e:
        print(type(e).__name__, e)
