# iteration driven by __getitem__: which exceptions stop it and which propagate
class Upto:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("index %d" % i)
        return chr(97 + i)
print(list(Upto(3)), tuple(Upto(0)), "".join(Upto(5)), sorted(Upto(4), reverse=True))
print(dict(enumerate(Upto(2))), set(Upto(3)) == {"a", "b", "c"}, max(Upto(4)), min(Upto(2)))
x, *rest = Upto(4)
print(x, rest)
class IdxSub(IndexError):
    pass
class StopsWithSub:
    def __getitem__(self, i):
        if i == 2:
            raise IdxSub("subclass")
        return i
print(list(StopsWithSub()))
class Negative:
    def __getitem__(self, i):
        print("  index", i)
        if i > 1:
            raise IndexError
        return -i
it = iter(Negative())
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
try:
    next(it)
except StopIteration:
    print("still stopped (no new call)")
class TypeErrGetitem:
    def __getitem__(self, i):
        raise TypeError("boom at %d" % i)
try:
    list(TypeErrGetitem())
except TypeError as e:
    print("TypeError", e)
class SliceAware:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice(%r, %r, %r)" % (i.start, i.stop, i.step)
        if i > 1:
            raise IndexError
        return i
s = SliceAware()
print(s[1:2], s[::3], s[:], list(s))
class WithLen:
    def __len__(self):
        return 100
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return i
print(list(WithLen()), len(WithLen()))
try:
    for ch in 5:
        pass
except TypeError as e:
    print("TypeError", e)
print(sum(Upto.__getitem__(Upto(9), i) == "a" for i in range(1)))
