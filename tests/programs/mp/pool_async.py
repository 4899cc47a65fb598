# Pool.apply/apply_async/map_async/starmap_async: AsyncResult get/wait/ready/successful,
# callback and error_callback (run in the parent), exceptions from tasks re-raised in the
# parent with their type and message, get(timeout) raising multiprocessing.TimeoutError
import multiprocessing as mp
import time


def strip_addr(s):
    # drop every " at 0x<hex digits>" (object addresses)
    out = ""
    while True:
        i = s.find(" at 0x")
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        if j == i + 6:
            out += s[:j]
        else:
            out += s[:i]
        s = s[j:]


class MyError(Exception):
    pass


def div(a, b):
    return a / b


def fail(msg):
    raise MyError(msg)


def slow(x):
    time.sleep(0.3)
    return x


def kw(a, b=0, *, c=1):
    return (a, b, c)


if __name__ == '__main__':
    collected = []
    with mp.Pool(2) as pool:
        print("apply", pool.apply(div, (7, 2)), pool.apply(kw, (1,), {"c": 5}))
        r = pool.apply_async(div, (1, 4))
        print("apply_async", type(r).__name__, r.get(timeout=10), r.ready(), r.successful())
        r = pool.apply_async(div, (1, 0))
        r.wait(10)
        print("ready", r.ready(), "successful", r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("re-raised:", type(e).__name__, e)
        try:
            pool.apply(fail, ("custom message",))
        except MyError as e:
            print("re-raised:", type(e).__name__, e, e.args)
        try:
            pool.map(div, [1, 2])  # div needs two arguments
        except TypeError as e:
            print("re-raised:", type(e).__name__, e)
        try:
            pool.starmap(div, [(1, 1), (2, 0), (3, 1)])
        except ZeroDivisionError as e:
            print("starmap re-raised:", type(e).__name__, e)
        it = pool.imap(div, [1, 2], chunksize=1)
        try:
            next(it)
        except TypeError as e:
            print("imap re-raised:", type(e).__name__, e)

        r = pool.map_async(abs, [-1, -2, 3], callback=collected.append)
        print("map_async", r.get(10))
        r = pool.starmap_async(div, [(6, 3), (1, 0)], callback=collected.append,
                               error_callback=lambda e: collected.append(("err", type(e).__name__, str(e))))
        r.wait(10)
        print("starmap_async successful:", r.successful())
        r = pool.apply_async(fail, ("cb",), callback=collected.append,
                             error_callback=lambda e: collected.append(("err", repr(e))))
        r.wait(10)
        r = pool.apply_async(div, (9, 3), callback=lambda v: collected.append(("cb", v)))
        r.get(10)
        # callbacks run in the pool's result-handler thread before the result is marked ready
        print("callbacks", collected)

        r = pool.apply_async(slow, (5,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError as e:
            print("TimeoutError", type(e).__name__, issubclass(mp.TimeoutError, mp.ProcessError), repr(str(e)))
        print("ready?", r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", strip_addr(str(e)))
        print("eventually", r.get(10))
    print("done")
