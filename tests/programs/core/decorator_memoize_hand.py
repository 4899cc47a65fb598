# hand-written decorators: memoize, call counter, timing (unprinted), tracing
import time

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@memoize
def fib(n):
    """nth fibonacci"""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@counted
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(fib(80), len(fib.cache), fib.__name__, fib.__doc__)
print(slow_fib(15), slow_fib.calls)

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))

def timed(fn):
    def wrapper(*a):
        t0 = time.perf_counter()
        result = fn(*a)
        elapsed = time.perf_counter() - t0
        wrapper.last = elapsed >= 0
        return result
    wrapper.last = None
    return wrapper

@timed
def total(n):
    return sum(range(n))
print(total.last, total(10000), total.last)

depth = 0
def trace(fn):
    def wrapper(*args):
        global depth
        print("  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        r = fn(*args)
        depth -= 1
        print("  " * depth + f"<- {r}")
        return r
    return wrapper

@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18))

@counted
@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(30), ways.calls)
