class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("eq", self.x, getattr(other, "x", other))
        return isinstance(other, P) and self.x == other.x

print(P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)


class H(P):
    def __hash__(self):
        return hash(self.x)

s = {H(1), H(1), H(2)}
print(len(s))
d = {H(5): "five"}
print(d[H(5)])


class NoEq:
    pass

a = NoEq()
print(a == a, a == NoEq(), a != NoEq())

class Keep:
    __hash__ = None
try:
    hash(Keep())
except TypeError as e:
    print("TypeError:", e)

class Sub(H):
    def __eq__(self, other):
        return True

try:
    hash(Sub(1))
except TypeError as e:
    print("TypeError:", e)

print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({1: "a", 1.0: "b", True: "c"})
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(1 == 1.0, [1] == [1.0], (1, 2) == [1, 2], "a" == b"a")
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan])
