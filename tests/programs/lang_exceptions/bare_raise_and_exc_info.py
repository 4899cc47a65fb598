# Bare raise semantics, sys.exc_info() across frames, exception variable cleanup.
import sys


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def bare_outside():
    raise


attempt("bare raise no active", bare_outside)


def reraise_in_nested_call():
    def helper():
        raise
    try:
        raise ValueError("outer active")
    except ValueError:
        helper()


attempt("bare raise in callee sees caller's exception", reraise_in_nested_call)


def reraise_after_inner_handled():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise


attempt("reraise restores outer", reraise_after_inner_handled)


def exc_info_levels():
    out = [sys.exc_info()[0]]
    try:
        raise ValueError("a")
    except ValueError:
        out.append(sys.exc_info()[0].__name__)
        try:
            raise TypeError("b")
        except TypeError:
            out.append(sys.exc_info()[0].__name__)
        out.append(sys.exc_info()[0].__name__)
    out.append(sys.exc_info()[0])
    return out


print(exc_info_levels())


def callee_sees():
    return sys.exc_info()[1]


try:
    raise OSError("visible")
except OSError:
    print("callee:", callee_sees())
print("after:", sys.exc_info())
print("exception() available:", hasattr(sys, "exception"))


def name_deleted():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)


print(name_deleted())
err = "module-level value"
try:
    raise KeyError
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError", e)


def traceback_frames():
    def inner():
        raise RuntimeError("deep")
    try:
        inner()
    except RuntimeError:
        tb = sys.exc_info()[2]
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names


attempt("tb frames", traceback_frames)


def raise_class_vs_instance():
    out = []
    for thing in (ValueError, ValueError("inst"), StopIteration):
        try:
            raise thing
        except Exception as e:
            out.append((type(e).__name__, e.args))
    return out


print(raise_class_vs_instance())


class NotExc:
    pass


attempt("raise non-exc class", lambda: exec("raise NotExc", globals()))
attempt("raise non-exc instance", lambda: exec("raise 5"))
attempt("raise class bad init", lambda: exec("raise UnicodeDecodeError"))


class BadInit(Exception):
    def __init__(self):
        raise KeyError("during init")


attempt("raise class with failing init", lambda: exec("raise BadInit", globals()))
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print("with_traceback(None) reraised", e)
