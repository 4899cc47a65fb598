# __bool__ must return bool; __len__ fallback and its errors
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for v in [True, False, 1, 0, None, "yes", [], 1.0]:
    try:
        print(repr(v), bool(B(v)))
    except TypeError as e:
        print(repr(v), "TypeError", e)
try:
    if B(2):
        pass
except TypeError as e:
    print("in if:", e)
try:
    print(not B("x"))
except TypeError as e:
    print("in not:", e)
try:
    print(B(1) and 5)
except TypeError as e:
    print("in and:", e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), not L(0))
for n in [-1, 2 ** 70, 1.5, "3", True]:
    try:
        print(repr(n), bool(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(n), type(e).__name__, e)
class Both:
    def __bool__(self):
        print("  __bool__")
        return False
    def __len__(self):
        print("  __len__")
        return 1
print(bool(Both()))
class BoolNone(L):
    __bool__ = None
try:
    bool(BoolNone(1))
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
print(bool(Plain()), bool(Plain), [x for x in [B(True), B(False)] if x].__len__())
print(any([B(False), B(True)]), all([L(1), L(0)]), list(filter(None, [L(0), L(2)]))[0].n)
class IntSub(int):
    def __bool__(self):
        return True
print(bool(IntSub(0)), IntSub(0) == 0, True if IntSub(0) else False)
