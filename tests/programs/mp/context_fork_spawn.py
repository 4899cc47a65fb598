# get_context('fork') and get_context('spawn'): a Process, a Queue and a Pool from each
# context; a spawned child re-imports the main module as __mp_main__ and does not see
# globals set under the __main__ guard, a forked child does
import multiprocessing as mp
import sys

IMPORTED_AS = __name__
SET_IN_MAIN = "no"


def report(q, tag):
    q.put((tag, IMPORTED_AS, SET_IN_MAIN, mp.current_process().name,
           mp.get_start_method(), "__main__" in sys.modules))


def cube(x):
    return x ** 3


def info(_):
    return (IMPORTED_AS, SET_IN_MAIN)


def bump(v):
    with v.get_lock():
        v.value += 10


if __name__ == '__main__':
    SET_IN_MAIN = "yes"
    print("default start method:", mp.get_start_method())
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        print(method, type(ctx).__name__, ctx.get_start_method())
        q = ctx.Queue()
        p = ctx.Process(target=report, args=(q, method), name="child-" + method)
        p.start()
        print(" ", q.get(timeout=20))
        p.join()
        print("  exitcode", p.exitcode)
        v = ctx.Value('i', 1)
        p = ctx.Process(target=bump, args=(v,))
        p.start(); p.join()
        print("  shared value", v.value)
        with ctx.Pool(2) as pool:
            print("  pool map", pool.map(cube, range(6)))
            print("  pool info", sorted(set(pool.map(info, range(4)))))
        q.close(); q.join_thread()
    print("get_context() default:", mp.get_context().get_start_method())
    try:
        mp.get_context("nonsense")
    except ValueError as e:
        print("ValueError:", e)
