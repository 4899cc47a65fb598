# finally interacting with return/break/continue, exceptions replaced or swallowed.
import sys


def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally after return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def rebinding_in_finally():
    x = "before"
    try:
        return x
    finally:
        x = "after"


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skipped")
            out.append(i)
        finally:
            continue
    return out


def nested_finally_order():
    log = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except IndexError:
        log.append("caught")
    finally:
        log.append("f3")
    return log


def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("replacement")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__


def exc_info_in_finally():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    finally:
        return sys.exc_info()[0]


def finally_sees_exception():
    try:
        try:
            raise ValueError("in flight")
        finally:
            print("  in finally, exc_info:", sys.exc_info()[0].__name__)
    except ValueError:
        return "propagated"


def loop_with_try_else():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(("try", i))
        except Exception:
            pass
        else:
            out.append(("else", i))
        finally:
            out.append(("finally", i))
    return out


def while_return_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue


def generator_return_finally():
    try:
        yield 1
        return
    finally:
        print("  generator finally")


for f in (ret_in_try, finally_overrides, finally_swallows_exception,
          return_value_evaluated_before_finally, rebinding_in_finally, break_in_finally,
          continue_in_finally, nested_finally_order, exception_in_finally_replaces,
          exc_info_in_finally, finally_sees_exception, loop_with_try_else, while_return_finally):
    print(f.__name__, "->", f())
print(list(generator_return_finally()))
print(sys.exc_info())
