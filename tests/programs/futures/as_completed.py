# concurrent.futures.as_completed: yields every future once (results sorted here), finished
# futures first, duplicates collapsed, timeout raising TimeoutError "N (of M) futures
# unfinished", exceptions surfacing through result()
import concurrent.futures as cf
import threading
import time


def work(x):
    time.sleep(0.01 * (x % 3))
    if x == 4:
        raise ValueError("bad input 4")
    return x * 10


if __name__ == '__main__':
    with cf.ThreadPoolExecutor(3) as ex:
        futs = [ex.submit(work, i) for i in range(7)]
        results, errors = [], []
        for f in cf.as_completed(futs):
            try:
                results.append(f.result())
            except ValueError as e:
                errors.append(str(e))
        print("results", sorted(results), "errors", errors)

        # already finished futures come out before a pending one
        done = cf.Future()
        done.set_result("early")
        gate = threading.Event()
        late = ex.submit(lambda: (gate.wait(5), "late")[1])
        order = []
        for f in cf.as_completed([late, done]):
            order.append(f.result())
            gate.set()
        print("order", order)

        # the same future listed twice is yielded once
        f = ex.submit(abs, -5)
        print("duplicates", [g.result() for g in cf.as_completed([f, f, f])])
        print("empty", list(cf.as_completed([])))

        blocker = threading.Event()
        slow = [ex.submit(blocker.wait, 5) for _ in range(2)]
        quick = ex.submit(int, "7")
        got = []
        try:
            for g in cf.as_completed(slow + [quick], timeout=0.1):
                got.append(g.result())
        except cf.TimeoutError as e:
            print("TimeoutError:", e, "| got", got)
        blocker.set()
        print("generator type:", type(cf.as_completed([quick])).__name__)
