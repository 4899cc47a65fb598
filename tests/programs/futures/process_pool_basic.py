# ProcessPoolExecutor (default fork context): submit, map with chunksize, results from
# worker processes, exceptions re-raised in the parent with type and message, initializer,
# shutdown and the context manager
import concurrent.futures as cf
import os

STATE = "parent"


class Oops(Exception):
    pass


def init(tag):
    global STATE
    STATE = tag


def state(_):
    return STATE


def cube(x):
    return x ** 3


def fail(msg):
    raise Oops(msg)


def in_child(_):
    return os.getpid() != PARENT_PID


if __name__ == '__main__':
    PARENT_PID = os.getpid()
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(cube, 3)
        print("submit", f.result(timeout=20), f.done(), f.exception())
        print("map", list(ex.map(cube, range(8))))
        print("map chunksize", list(ex.map(cube, range(20), chunksize=6)))
        print("map two iterables", list(ex.map(pow, [2, 3, 4], [3, 3, 3], chunksize=2)))
        print("in children", set(ex.map(in_child, range(4))))
        f = ex.submit(fail, "custom failure")
        try:
            f.result()
        except Oops as e:
            print("re-raised:", type(e).__name__, e, type(e.__cause__).__name__)
            remote = str(e.__cause__).splitlines()
            print("remote traceback:", remote[:3], remote[-3:])
        print("exception()", repr(f.exception()))
        try:
            list(ex.map(int, ["1", "x", "3"]))
        except ValueError as e:
            print("map re-raised:", type(e).__name__, e)
        f = ex.submit(divmod, 7, 0)
        print("ZeroDivisionError?", type(f.exception()).__name__, f.exception())
        futs = [ex.submit(cube, i) for i in range(5)]
        print("as_completed", sorted(g.result() for g in cf.as_completed(futs)))
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    with cf.ProcessPoolExecutor(2, initializer=init, initargs=("initialized",)) as ex:
        print("initializer", sorted(set(ex.map(state, range(4)))), "parent", STATE)
    ex = cf.ProcessPoolExecutor(2)
    futs = [ex.submit(cube, i) for i in range(3)]
    ex.shutdown(wait=True)
    print("after shutdown", [f.result() for f in futs])
    for bad in (0, -1):
        try:
            cf.ProcessPoolExecutor(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        cf.ProcessPoolExecutor(1, initializer="nope")
    except TypeError as e:
        print("TypeError:", e)
