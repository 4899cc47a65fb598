from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import threading

def square(x):
    return x * x

def named(x):
    return threading.current_thread().name.startswith("pool")

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 0])))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(all(ex.map(named, range(6))))
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    f = ex.submit(sum, [1, 2, 3], 10)
    print(f.result(timeout=5), f.done(), f.cancelled(), f.exception())
    print(repr(f).split(" ")[0], "state=finished" in repr(f), "returned int" in repr(f))

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

ex2 = ThreadPoolExecutor(max_workers=1)
r = ex2.submit(lambda: "x" * 3)
ex2.shutdown(wait=True)
print(r.result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
