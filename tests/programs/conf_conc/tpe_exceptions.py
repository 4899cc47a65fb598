from concurrent.futures import ThreadPoolExecutor, as_completed
import concurrent.futures as cf

def maybe_fail(x):
    if x % 3 == 0:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = {ex.submit(maybe_fail, i): i for i in range(7)}
    ok, bad = [], []
    for f in as_completed(futs):
        exc = f.exception()
        if exc is None:
            ok.append(f.result())
        else:
            bad.append((futs[f], type(exc).__name__, str(exc)))
    print(sorted(ok))
    print(sorted(bad))
    f = ex.submit(maybe_fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("re-raised:", e, e.__traceback__ is not None)
    try:
        list(ex.map(maybe_fail, [1, 2, 3, 4]))
    except ValueError as e:
        print("map raised:", e)
    it = ex.map(maybe_fail, [1, 2, 6])
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print("lazy raise:", e)

fut = cf.Future()
print(fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__module__)
f2 = cf.Future()
f2.set_result(9)
print(f2.result(), f2.cancel())
f3 = cf.Future()
try:
    f3.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
f3.set_exception(KeyError("k"))
print(repr(f3.exception()))
cbs = []
f4 = cf.Future()
f4.add_done_callback(lambda f: cbs.append(f.result()))
f4.set_result("done")
f4.add_done_callback(lambda f: cbs.append("late"))
print(cbs)
