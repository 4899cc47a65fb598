# Decorators, caches and comprehensions holding references
import sys, functools
R = sys.getrefcount
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def plain(): pass
b = R(plain)
w = deco(plain)
print("wrapped:", R(plain) - b)
print("wrapper.__wrapped__ is plain:", w.__wrapped__ is plain)
del w
print("wrapper gone:", R(plain) - b)
cached = functools.lru_cache(maxsize=None)(plain)
print("lru_cache:", R(plain) - b)
del cached
print("lru gone:", R(plain) - b)
class P:
    @property
    def v(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print("property fget rc:", R(P.__dict__["v"].fget))
print("staticmethod func rc:", R(P.__dict__["s"].__func__))
print("bound classmethod:", R(P.c))
key = object()
kb = R(key)
memo = {}
def remember(k, v):
    memo[k] = v
remember(key, key)
print("dict key and value:", R(key) - kb)
memo.clear()
sq = {x: key for x in range(3)}
print("dict comprehension:", R(key) - kb)
st = {key}
print("set:", R(key) - kb)
fs = frozenset([key])
print("frozenset:", R(key) - kb)
del sq, st, fs
fns = [lambda k=key: k for _ in range(3)]
print("lambda defaults in loop:", R(key) - kb)
fns2 = [lambda: key for _ in range(3)]
print("lambda globals in loop:", R(key) - kb)
del fns, fns2
print("end:", R(key) - kb)
