# lru_cache / cache: memoization, statistics, eviction order, typed keys, kwargs key order
import functools
import sys

sys.setrecursionlimit(5000)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300))
print(fib.cache_info())
print(fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30), fact.cache_info())
print(fact(25), fact.cache_info())


@functools.lru_cache
def bare(x):
    return x * 2


print(bare(3), bare(3), bare.cache_info(), bare.cache_parameters())

calls = []


@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(v)
print(calls)
print(square.cache_info())

calls.clear()


@functools.lru_cache(maxsize=0)
def nocache(x):
    calls.append(x)
    return x


nocache(1)
nocache(1)
print(calls, nocache.cache_info())


@functools.lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
negative(1)
print(negative.cache_info())


@functools.lru_cache(maxsize=10, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())


@functools.lru_cache(maxsize=10)
def untyped(x):
    return type(x).__name__


# 1 and 1.0 still get separate entries (the int key is the int itself), True equals 1.0
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@functools.lru_cache()
def kw(a, b=2, *, c=3):
    return a + b + c


print(kw(1), kw(1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw(1, 2), kw(1, c=3))
print(kw.cache_info())

try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
print(kw.cache_info())

for bad in ["x", 2.5, [1]]:
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print("TypeError", e)

print(kw.__wrapped__(1, 1, c=1), kw.__name__, kw.__qualname__)
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields)
print(info == (2, 7, 3, 3), tuple(info), type(info).__name__, info._asdict())
