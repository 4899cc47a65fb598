# exceptions raised by Pool tasks come back to the parent with their own type and args:
# custom classes (several args, extra attributes via __reduce__), builtin ones, from apply,
# map (its failing chunk), starmap, imap (the failing item only) and apply_async with
# an error_callback; the pool keeps working afterwards
import multiprocessing as mp


class AppError(Exception):
    pass


class CodedError(AppError):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class Tagged(Exception):
    def __init__(self, msg, tag=None):
        super().__init__(msg)
        self.tag = tag

    def __reduce__(self):
        return (Tagged, (self.args[0], self.tag))


def work(x):
    if x == 3:
        raise CodedError(3, "three is bad")
    if x == 5:
        raise Tagged("five", tag={"x": 5})
    if x == 7:
        return {}["missing-%d" % x]
    if x == 8:
        return 1 // (x - 8)
    return x * 10


def add(a, b):
    if a == b:
        raise AppError("equal", a)
    return a + b


def show(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        extra = ""
        if isinstance(e, CodedError):
            extra = " code=%r detail=%r" % (e.code, e.detail)
        if isinstance(e, Tagged):
            extra = " tag=%r" % (e.tag,)
        print(label, "->", type(e).__name__, e.args, str(e) + extra,
              isinstance(e, AppError))


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        for x in (1, 3, 5, 7, 8):
            show("apply %d" % x, pool.apply, work, (x,))
        # one failing item only: with two, which failure arrives first would be a race
        show("map", pool.map, work, [0, 1, 2, 3, 4, 6], 1)
        show("map ok", pool.map, work, [0, 1, 2, 4])
        show("starmap", pool.starmap, add, [(1, 2), (4, 4), (5, 6)])
        it = pool.imap(work, [1, 3, 4, 5, 6])
        for i in range(5):
            show("imap next %d" % i, it.next, 10)
        show("imap exhausted", it.next, 10)
        errors = []
        r = pool.apply_async(work, (3,), callback=errors.append, error_callback=errors.append)
        r.wait(10)
        print("ready", r.ready(), "successful", r.successful(),
              "callback got", [type(e).__name__ for e in errors])
        show("get", r.get, 10)
        print("after errors:", pool.map(work, [0, 1, 2]))
    # the exception object is a fresh copy; its __cause__ carries the remote traceback text
    with mp.Pool(1) as pool:
        try:
            pool.apply(work, (3,))
        except CodedError as e:
            cause = e.__cause__
            print("cause type", type(cause).__name__)
            text = str(cause)
            print("cause mentions", "CodedError" in text, "three is bad" in text,
                  "Traceback" in text)
