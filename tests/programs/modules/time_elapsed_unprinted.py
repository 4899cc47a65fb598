# using time for measurements without printing the values
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(20000):
    total += i * i
p1 = time.perf_counter()
m1 = time.monotonic()
t1 = time.time()
print("total", total)
print("perf ok", p1 >= p0, type(p1 - p0).__name__)
print("monotonic ok", m1 >= m0)
print("wall plausible", t1 >= t0 > 1_000_000_000)
elapsed_ms = (p1 - p0) * 1000
print("elapsed is float", isinstance(elapsed_ms, float), elapsed_ms >= 0)
time.sleep(0.01)
print("slept at least", time.perf_counter() - p1 >= 0.009)
ns = time.perf_counter_ns()
print(type(ns).__name__, time.perf_counter_ns() >= ns)
def bench(fn, n):
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return time.perf_counter() - start
results = {name: bench(fn, 200) for name, fn in [("list", lambda: list(range(50))), ("comp", lambda: [i for i in range(50)])]}
print(sorted(results), all(v >= 0 for v in results.values()))
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18)
