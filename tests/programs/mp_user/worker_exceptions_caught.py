# Exceptions raised in pool workers and executor workers are re-raised in the parent.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


class BadInput(Exception):
    pass


def check(x):
    if x % 3 == 0:
        raise BadInput("bad %d" % x)
    return x * 10


def divide(a, b):
    return a // b


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        try:
            pool.map(check, [1, 2, 3, 4])
        except BadInput as e:
            print("map raised BadInput:", e)
        res = pool.apply_async(divide, (1, 0))
        try:
            res.get(timeout=10)
        except ZeroDivisionError as e:
            print("apply_async raised ZeroDivisionError")
        print("successful:", res.successful())
        print("after error pool still works:", pool.map(check, [1, 2, 4, 5]))

    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(check, x) for x in range(1, 7)]
        out = []
        for x, f in zip(range(1, 7), futs):
            exc = f.exception()
            if exc is None:
                out.append((x, f.result()))
            else:
                out.append((x, type(exc).__name__, str(exc)))
        for row in out:
            print(row)
        try:
            list(ex.map(divide, [4, 5], [2, 0]))
        except ZeroDivisionError:
            print("executor map raised ZeroDivisionError")
