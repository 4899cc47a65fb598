# iteration protocol falls back to __getitem__ with 0, 1, 2, ... until IndexError
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s))
print(20 in s)
print(99 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it))
a, b, c = Seq()
print(a, b, c)
class StopsOnStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsOnStop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for fn in [lambda: iter(Plain()), lambda: list(5), lambda: [x for x in None], lambda: 1 in 5, lambda: iter(5.0)]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class Contains:
    def __iter__(self):
        print("iter used")
        return iter([1, 2])
    def __contains__(self, v):
        print("contains used")
        return v == "magic"
print(1 in Contains(), "magic" in Contains(), list(Contains()))
class IterOnly:
    def __iter__(self):
        print("iter used")
        return iter([1, 2])
print(2 in IterOnly(), 3 not in IterOnly())
calls = iter(lambda: calls_list.pop(), "stop")
calls_list = ["stop", "b", "a"]
print(list(calls))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Seq()), max(Seq()), tuple(enumerate(StopsOnStop())))
