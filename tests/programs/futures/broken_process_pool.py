# BrokenProcessPool: a worker that dies with os._exit(1) breaks the ProcessPoolExecutor;
# the running future fails with BrokenProcessPool, later submits are refused with the same
# error, and a new executor works again
import concurrent.futures as cf
import concurrent.futures.process as cfp
import os


def die(code):
    os._exit(code)


def square(x):
    return x * x


if __name__ == '__main__':
    print("class:", cfp.BrokenProcessPool.__mro__[1].__name__, issubclass(cfp.BrokenProcessPool, RuntimeError))
    ex = cf.ProcessPoolExecutor(max_workers=2)
    print("warm-up", ex.submit(square, 4).result(timeout=20))
    f = ex.submit(die, 1)
    try:
        f.result(timeout=20)
    except cfp.BrokenProcessPool as e:
        print("result:", type(e).__name__, "|", e)
    print("done", f.done(), type(f.exception()).__name__)
    try:
        ex.submit(square, 2)
    except cfp.BrokenProcessPool as e:
        print("submit:", type(e).__name__, "|", e)
    try:
        list(ex.map(square, [1, 2]))
    except cfp.BrokenProcessPool as e:
        print("map:", type(e).__name__, "|", e)
    ex.shutdown(wait=True)

    with cf.ProcessPoolExecutor(max_workers=2) as ex2:
        print("new pool", list(ex2.map(square, range(4))))
        futs = [ex2.submit(die, 3)]
        done, not_done = cf.wait(futs, timeout=20)
        print("wait:", len(done), len(not_done), type(futs[0].exception()).__name__)
    print("broken is cf.BrokenExecutor subclass:", issubclass(cfp.BrokenProcessPool, cf.BrokenExecutor))
