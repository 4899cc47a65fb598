# odd raise statements inside threads: non-exceptions, bad causes, classes, re-raise, str() not a str
import threading

seen = []
def hook(a):
    v = a.exc_value
    try:
        text = str(v)
    except TypeError as e:
        text = "str failed: " + str(e)
    seen.append((a.thread.name, a.exc_type.__name__, text, type(v.__cause__).__name__, type(v.__context__).__name__,
                 v.__suppress_context__))
threading.excepthook = hook

def raise_int():
    raise 5
def raise_bad_cause():
    raise ValueError("v") from 5
def raise_class():
    raise KeyError
def raise_class_cause():
    raise KeyError from IndexError
def bare_reraise():
    raise
def reraise_in_except():
    try:
        [][1]
    except IndexError:
        raise
def cause_none_then_context():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = RuntimeError("wrapped")
        err.__cause__ = None
        raise err
def str_returns_int():
    class E(Exception):
        def __str__(self):
            return 42
    raise E()
def raise_instance_of_type_with_args():
    raise OSError(13, "denied", "file.txt")
def raise_generator_stop():
    def g():
        yield 1
        return "done"
    it = g()
    next(it)
    next(it)

for fn in (raise_int, raise_bad_cause, raise_class, raise_class_cause, bare_reraise, reraise_in_except,
           cause_none_then_context, str_returns_int, raise_instance_of_type_with_args, raise_generator_stop):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start(); t.join()
threading.excepthook = threading.__excepthook__
for s in seen:
    try:
        print(s)
    except TypeError as e:
        print("print failed", e)
