# default_int_handler called directly, with wrong arguments; getsignal/signal argument errors
import signal

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)

show("default_int_handler(2, None)", lambda: signal.default_int_handler(2, None))
show("default_int_handler()", lambda: signal.default_int_handler())
show("default_int_handler(1,2,3)", lambda: signal.default_int_handler(1, 2, 3))
show("getsignal(SIGINT) is default", lambda: signal.getsignal(signal.SIGINT) is signal.default_int_handler)
show("getsignal(0)", lambda: signal.getsignal(0))
show("getsignal(999)", lambda: signal.getsignal(999))
show("getsignal('x')", lambda: signal.getsignal("x"))
show("signal(SIGKILL)", lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
show("signal(SIGSTOP)", lambda: signal.signal(signal.SIGSTOP, signal.SIG_DFL))
show("signal(handler=3)", lambda: signal.signal(signal.SIGUSR1, 3))
show("signal(handler='x')", lambda: signal.signal(signal.SIGUSR1, "x"))
show("signal(0)", lambda: signal.signal(0, signal.SIG_DFL))
show("signal(-5)", lambda: signal.signal(-5, signal.SIG_DFL))
show("raise_signal('a')", lambda: signal.raise_signal("a"))
show("SIGINT handler name", lambda: signal.default_int_handler.__name__)
signal.signal(signal.SIGINT, signal.default_int_handler)
show("raise SIGINT", lambda: signal.raise_signal(signal.SIGINT))
