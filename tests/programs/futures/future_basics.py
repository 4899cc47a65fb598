# concurrent.futures.Future by hand: set_result/set_exception from a thread, result/
# exception/done/running/cancelled, cancel, add_done_callback (also on a finished future),
# InvalidStateError, TimeoutError from result(timeout), repr states
import concurrent.futures as cf
import threading


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


def state(f):
    return strip_addr(repr(f))


if __name__ == '__main__':
    f = cf.Future()
    print(state(f), f.done(), f.running(), f.cancelled())
    log = []
    f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
    f.add_done_callback(lambda fut: log.append(("cb2", fut.done())))
    t = threading.Thread(target=f.set_result, args=(42,))
    t.start()
    print("result", f.result(timeout=5))
    t.join()
    print(state(f), f.done(), f.exception(), log)
    f.add_done_callback(lambda fut: log.append(("late", fut.result())))  # runs at once
    print(log[-1])
    try:
        f.set_result(1)
    except cf.InvalidStateError as e:
        print("InvalidStateError:", state(e))

    g = cf.Future()
    print("set_running:", g.set_running_or_notify_cancel(), state(g), g.running())
    print("cancel running:", g.cancel())
    g.set_exception(KeyError("k"))
    print(state(g), repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result raised KeyError", e)

    h = cf.Future()
    hl = []
    h.add_done_callback(lambda fut: hl.append(fut.cancelled()))
    print("cancel:", h.cancel(), h.cancel(), h.cancelled(), h.done(), hl, state(h))
    print("set_running after cancel:", h.set_running_or_notify_cancel())
    for name, call in (("result", h.result), ("exception", h.exception)):
        try:
            call()
        except cf.CancelledError as e:
            print(name, "-> CancelledError", repr(e))

    # callbacks run in the order they were added
    k = cf.Future()
    kl = []
    k.add_done_callback(lambda fut: kl.append("before"))
    k.add_done_callback(lambda fut: kl.append("after"))
    k.set_result(None)
    print(kl, k.result())
    w = cf.Future()
    try:
        w.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("TimeoutError", type(e).__name__, cf.TimeoutError is TimeoutError)
    try:
        w.exception(timeout=0)
    except TimeoutError:
        print("exception(timeout=0) timed out")
    print("CancelledError base:", cf.CancelledError.__mro__[1].__name__)
