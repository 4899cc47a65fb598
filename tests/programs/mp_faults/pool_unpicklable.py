# Pool pickling failures: a task whose result cannot be pickled gives MaybeEncodingError in the
# parent (apply and map); a lambda or a local function as the task function, and an
# unpicklable argument, give the pickling error raised in the parent; the pool keeps working
import multiprocessing as mp
from multiprocessing.pool import MaybeEncodingError


def strip_addr(s):
    out = ""
    while True:
        i = s.find(" at 0x")
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        out += s[:i]
        s = s[j:]


class NoPickle:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        raise TypeError("NoPickle %d refuses" % self.n)

    def __repr__(self):
        return "NoPickle(%d)" % self.n


def make(n):
    return NoPickle(n)


def maybe_make(n):
    return NoPickle(n) if n == 2 else n


def nested():
    def inner(x):
        return x
    return inner


def ident(x):
    return x


def show(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, strip_addr(str(e)))
        if isinstance(e, MaybeEncodingError):
            print("   exc:", e.exc, "| value:", e.value)


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        show("apply unpicklable result", pool.apply, make, (1,))
        show("map unpicklable result", pool.map, maybe_make, [0, 1, 2, 3], 1)
        show("map chunk of 4", pool.map, maybe_make, [0, 1, 2, 3], 4)
        show("map lambda", pool.map, lambda x: x + 1, [1, 2, 3])
        show("apply lambda", pool.apply, lambda: 1)
        show("apply nested function", pool.apply, nested(), (1,))
        show("apply unpicklable arg", pool.apply, ident, (NoPickle(9),))
        show("still works", pool.map, ident, [1, 2, 3])
    e = MaybeEncodingError(ValueError("v"), [1, 2])
    print("direct:", str(e), "|", repr(e), "|", e.args)
