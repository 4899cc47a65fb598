# __contains__ __iter__ __next__
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(CountDown(3)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "done"))
for x in CountDown(2):
    print("for", x)
print(2 in CountDown(5), 9 in CountDown(5))
class Collection:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        yield from self.items
col = Collection(1, 2, 3)
print(list(col), list(col), sum(col), sorted(col, reverse=True), 2 in col)
print(dict(zip(Collection("a", "b"), col)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in ContainsTruthy())
