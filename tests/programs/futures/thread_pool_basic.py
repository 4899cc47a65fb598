# ThreadPoolExecutor: submit/result, map (order kept, several iterables, timeout),
# thread_name_prefix seen via threading.current_thread().name, initializer/initargs,
# max_workers limits, shutdown(wait=True), context manager, submit after shutdown
import concurrent.futures as cf
import threading
import time

local = threading.local()


def init(tag):
    local.tag = tag


def who(x):
    time.sleep(0.01)
    return (threading.current_thread().name.rsplit("_", 1)[0], getattr(local, "tag", None), x)


def slow_square(x):
    time.sleep(0.02 * (5 - x))  # later inputs finish first
    return x * x


if __name__ == '__main__':
    with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker",
                               initializer=init, initargs=("T",)) as ex:
        futs = [ex.submit(who, i) for i in range(6)]
        print([f.result() for f in futs])
        print("map keeps order:", list(ex.map(slow_square, range(5))))
        print("map two iterables:", list(ex.map(pow, [2, 3, 4], [5, 2])))
        print("map kwargs-free lambda:", list(ex.map(lambda a: a[::-1], ["ab", "cde"])))
    worker_names = set()
    with cf.ThreadPoolExecutor(2, thread_name_prefix="pfx") as ex:
        for f in [ex.submit(lambda: (time.sleep(0.05), threading.current_thread().name)[1]) for _ in range(4)]:
            worker_names.add(f.result())
    print("thread names:", sorted(worker_names))
    with cf.ThreadPoolExecutor(1) as ex:
        print("default prefix:", ex.submit(lambda: threading.current_thread().name).result())

    ex = cf.ThreadPoolExecutor(2)
    futs = [ex.submit(time.sleep, 0.05) for _ in range(4)]
    ex.shutdown(wait=True)
    print("after shutdown(wait=True):", [f.done() for f in futs], [f.result() for f in futs])
    try:
        ex.submit(abs, -1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex.shutdown()  # again is fine

    with cf.ThreadPoolExecutor(2) as ex:
        it = ex.map(time.sleep, [0.2, 0.2, 0.2], timeout=0.05)
        try:
            list(it)
        except cf.TimeoutError as e:
            print("map timeout:", type(e).__name__)
    try:
        cf.ThreadPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        cf.ThreadPoolExecutor(1, initializer=5)
    except TypeError as e:
        print("TypeError:", e)
    with cf.ThreadPoolExecutor() as ex:
        print("submit kwargs:", ex.submit(sorted, [3, 1, 2], reverse=True).result())
        print("exception():", repr(ex.submit(int, "x").exception()))
