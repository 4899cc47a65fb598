# __index__, __int__, __float__, __round__, __len__ used by builtins
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[Idx(1)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(2), (1, 2, 3)[Idx(0):Idx(2)])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded " + str(n)
    def __abs__(self):
        return "abs called"
n = Num()
print(int(n), float(n), round(n), round(n, 2), abs(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "nope"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class NegZero:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
print(-NegZero(), +NegZero())
