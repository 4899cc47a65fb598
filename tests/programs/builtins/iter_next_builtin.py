# iter() and next() builtins including sentinel form
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(list(iter((1, 2))), list(iter("xy")), sorted(iter({3, 1})))
data = [1, 2, 3, 0, 4]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
try:
    iter(reader, 0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), )
except StopIteration:
    print("StopIteration from empty")
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, next(c), list(c), next(c, "empty"))
it2 = iter(range(5))
for x in it2:
    if x == 1:
        break
print(list(it2))
try:
    next("abc")
except TypeError as e:
    print(type(e).__name__, e)
