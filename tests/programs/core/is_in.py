# identity and membership
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, type(a) is list)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2})
print(2 in range(5), 2.0 in range(5), 5 in range(5))
print([1] in [[1], [2]], (1,) in [(1,)], [] in [[]])
nan = float("nan")
lst = [nan]
print(nan in lst, nan == lst[0])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" in b"abc", 97 in b"abc", 97 in bytearray(b"a"))
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
print(2 in g, list(g))
x = ()
y = ()
print(x == y, len(x))
