# __bool__ and __len__ truthiness rules and errors
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called", self.n)
        return self.n
class B:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len not consulted")
        return 1
print(bool(L(0)), bool(L(3)), bool(B()))
if L(2):
    print("L(2) truthy")
print(not L(0), L(0) or "fallback", L(1) and "and-result")
class Empty:
    pass
print(bool(Empty()))
for bad in [lambda: 1, lambda: 0.0, lambda: None, lambda: "yes"]:
    class BadBool:
        __bool__ = lambda self, f=bad: f()
    try:
        print(bool(BadBool()))
    except TypeError as e:
        print(type(e).__name__, e)
for n in [-1, 2**63, 1.5, "2"]:
    class BadLen:
        def __len__(self, n=n):
            return n
    try:
        print(bool(BadLen()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(len(BadLen()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class IntLike:
    def __index__(self):
        return 3
class LenIndex:
    def __len__(self):
        return IntLike()
print(len(LenIndex()), bool(LenIndex()))
class TrueBool(int):
    def __bool__(self):
        return True
print(bool(TrueBool(0)), bool(int(TrueBool(0))))
while L(0):
    print("never")
print([x for x in [L(0), L(1)] if x].__len__())
