# reversed() on custom sequences, __reversed__, and error cases
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
print(list(reversed(Seq(4))))
r = reversed(Seq(3))
print(type(r).__name__, next(r), r.__length_hint__())
class WithRev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(WithRev())))
class RevNone(Seq):
    __reversed__ = None
try:
    reversed(RevNone(2))
except TypeError as e:
    print("TypeError", e)
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print("TypeError", e)
for obj in [{1: 2}, {1, 2}, iter([1]), 5, (x for x in [])]:
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print("TypeError", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed({"k": "v"}.values())))
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__, list(reversed("")))
print(list(reversed((1, 2, 3))), "".join(reversed("hello")), list(reversed(bytearray(b"ab"))))
lst = [1, 2, 3]
rl = reversed(lst)
lst.append(4)
print(list(rl))
lst = [1, 2, 3]
rl = reversed(lst)
next(rl)
lst.clear()
print(list(rl))
class Shrinks(Seq):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
print(list(reversed(Shrinks(4))))
