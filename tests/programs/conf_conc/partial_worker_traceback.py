import functools
import threading
import traceback

results = []
lock = threading.Lock()

def work(scale, value):
    if value < 0:
        raise ValueError(f"negative input {value}")
    with lock:
        results.append(scale * value)

jobs = [functools.partial(work, 10, v) for v in (1, 2, 3)]
threads = [threading.Thread(target=job) for job in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

try:
    functools.partial(work, 1)(-1)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 0:
        raise ArithmeticError("no negative fib")
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info().hits)
try:
    fib(-1)
except ArithmeticError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

bad = functools.partial(work, 5, -7)
bad()
