# vars() of classes (filtered), dir() of modules (filtered), sorted output only
import math
import sys
class K:
    """doc"""
    a = 1
    _b = 2
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 0
class Sub(K):
    c = 3
v = vars(K)
print(type(v).__name__, sorted(k for k in v if not k.startswith("__")))
print(sorted(k for k in v if k.startswith("__")))
print(sorted(vars(Sub)), vars(Sub)["c"], "a" in vars(Sub))
try:
    vars(K)["new"] = 1
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(math) if n.startswith("is")])
print([n for n in dir(math) if n in ("pi", "e", "tau", "inf", "nan")])
print("sqrt" in dir(math), "__name__" in dir(math), dir(math) == sorted(dir(math)))
print([n for n in dir(sys) if n in ("argv", "path", "modules", "getrefcount", "exit", "maxsize")])
print(math.__name__, vars(math)["pi"], vars(math) is math.__dict__)
print([n for n in dir(Sub) if not n.startswith("__")], dir(Sub) == sorted(dir(Sub)))
print([n for n in dir(K()) if not n.startswith("_")])
print(sorted(n for n in vars() if n in ("K", "Sub", "math", "v")))
def f():
    x = 1
    return dir()
print(f())
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
class WithSlots:
    __slots__ = ("x",)
try:
    vars(WithSlots())
except TypeError as e:
    print("TypeError", e)
print(K.__doc__, Sub.__doc__, K.__name__, Sub.__qualname__, K.__module__)
