# Pickling exceptions: builtin ones, custom subclasses with args and attributes, OSError variants; bytes and round trips.
import pickle


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.extra = [code]


class NoInitArgs(Exception):
    pass


class KwOnly(Exception):
    def __init__(self, *, reason="none"):
        super().__init__(reason)
        self.reason = reason


def describe(e):
    return "%s args=%r str=%r dict=%r" % (type(e).__name__, e.args, str(e), sorted(vars(e).items()))


def show(label, x, protos=range(6)):
    print("--", label)
    for p in protos:
        try:
            d = pickle.dumps(x, p)
        except Exception as err:
            print(p, "dumps:", type(err).__name__, err)
            continue
        print(p, d)
        try:
            y = pickle.loads(d)
        except Exception as err:
            print("   loads:", type(err).__name__, err)
            continue
        print("  ", describe(y))


show("ValueError", ValueError("x"))
show("KeyError", KeyError(1))
show("empty Exception", Exception())
show("exception with two args", RuntimeError("a", 2))
show("custom subclass", AppError(404, "missing"))
e = NoInitArgs("one")
e.note = "attr"
show("custom with attribute", e)
show("keyword-only init fails to reload", KwOnly(reason="why"), [2, 4])
show("StopIteration", StopIteration(5), [0, 4])
show("OSError plain", OSError("boom"), [0, 2, 4])
show("OSError errno", OSError(2, "No such file or directory"), [0, 2, 4])
show("OSError errno+filename", OSError(2, "No such file or directory", "f.txt"), [2, 4])
show("FileNotFoundError", FileNotFoundError(2, "nope", "a", None, "b"), [2, 4])
show("OSError maps to subclass on load", OSError(13, "denied"), [4])
show("UnicodeDecodeError", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), [2, 4])
show("ZeroDivisionError", ZeroDivisionError("division by zero"), [4])
print(pickle.loads(pickle.dumps(OSError(2, "x"), 4)).errno, type(pickle.loads(pickle.dumps(OSError(2, "x"), 4))).__name__)
print(pickle.loads(pickle.dumps(FileNotFoundError(2, "x", "p"), 4)).filename)
# an exception with a traceback: the traceback is not pickled
try:
    raise ValueError("with tb")
except ValueError as exc:
    y = pickle.loads(pickle.dumps(exc, 4))
    print("traceback after loads:", y.__traceback__, "cause:", y.__cause__, describe(y))
