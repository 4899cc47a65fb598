# `in` falls back to __iter__, then to __getitem__; identity before equality
class ByIter:
    def __iter__(self):
        print("  __iter__")
        yield from [1, 2, 3]
class ByGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 2:
            raise IndexError
        return i * 2
print(2 in ByIter(), 5 in ByIter())
print(4 in ByGetitem(), 3 in ByGetitem())
class NaNLike:
    def __eq__(self, other):
        print("  eq called")
        return False
n = NaNLike()
print(n in [n], n in [NaNLike()])
nan = float("nan")
print(nan in [nan], nan in [float("nan")], [nan].count(nan), (nan,) == (nan,))
class ContainsNonBool:
    def __contains__(self, x):
        return [x]
print(1 in ContainsNonBool(), 0 not in ContainsNonBool())
class ContainsEmpty:
    def __contains__(self, x):
        return ""
print(1 in ContainsEmpty())
class ContainsNone(ByIter):
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError", e)
class IterNone(ByGetitem):
    __iter__ = None
try:
    1 in IterNone()
except TypeError as e:
    print("TypeError", e)
class Stopper:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("bad key")
        return "x"
try:
    print("y" in Stopper())
except KeyError as e:
    print("KeyError", e)
print("x" in Stopper())
class Eq1:
    def __eq__(self, o):
        return o == 1
print(Eq1() in [0, 1], 1 in [Eq1()], Eq1() in (2, 1))
print("ab" in "cabd", "" in "", [] in [[]], (1,) in {(1,): 0})
