# ProcessPoolExecutor with mp_context=get_context('spawn'): workers re-import the main
# module as __mp_main__, submit/map/initializer work, a custom exception class defined in
# the main module comes back as the parent's class, globals set under the guard are unseen
import concurrent.futures as cf
import multiprocessing as mp

IMPORTED_AS = __name__
SETTING = "module default"


class AppError(Exception):
    pass


def info(x):
    return (IMPORTED_AS, SETTING, mp.get_start_method(), x * 2)


def init(value):
    global SETTING
    SETTING = value


def fail(x):
    raise AppError("failed on %r" % (x,))


if __name__ == '__main__':
    SETTING = "changed in parent"
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print("submit", ex.submit(info, 1).result(timeout=30))
        print("map", sorted(set(r[:3] for r in ex.map(info, range(6), chunksize=2))),
              [r[3] for r in ex.map(info, range(6), chunksize=2)])
        f = ex.submit(fail, [1, 2])
        try:
            f.result()
        except AppError as e:
            print("re-raised as the parent's AppError:", type(e) is AppError, e)
        except Exception as e:
            print("other exception:", type(e).__name__, type(e).__module__, e)
    with cf.ProcessPoolExecutor(2, mp_context=ctx, initializer=init, initargs=("from init",)) as ex:
        print("initializer", sorted(set(ex.map(info, range(3)))))
    print("parent still", IMPORTED_AS, SETTING)
