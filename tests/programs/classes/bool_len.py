# __bool__ and __len__
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(True)), bool(Truthy(False)))
if Truthy(True):
    print("if ok")
print(not Truthy(False))
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
print("yes" if Sized(0) else "no", Sized(1) and "and-result")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
while Sized(0):
    print("never")
print(list(filter(None, [Sized(0), Sized(1), Truthy(False)]))[0].n)
