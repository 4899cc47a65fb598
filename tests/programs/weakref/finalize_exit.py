# finalize at interpreter exit: newest first, chained finalizers, atexit switched off and on.
import atexit
import weakref


class Handle:
    def __init__(self, name):
        self.name = name


log = []


def close(name, *extra, **options):
    print("close", name, extra, sorted(options.items()))
    return name


def chained(step):
    print("chained", step)
    if step < 3:
        # a finalizer made while exiting is the newest, so it runs next
        weakref.finalize(holders[0], chained, step + 1)


holders = [Handle(f"h{i}") for i in range(5)]
atexit.register(print, "atexit handler registered before any finalize")
f0 = weakref.finalize(holders[0], close, "h0", 1, 2, mode="r")
f1 = weakref.finalize(holders[1], close, "h1")
f2 = weakref.finalize(holders[2], chained, 1)
f3 = weakref.finalize(holders[3], close, "h3")
f4 = weakref.finalize(holders[4], close, "h4")
atexit.register(print, "atexit handler registered after the first finalize")

f1.atexit = False
f3.atexit = False
f3.atexit = 1
print("atexit flags:", [f.atexit for f in (f0, f1, f2, f3, f4)])
print("alive:", [f.alive for f in (f0, f1, f2, f3, f4)])

# run one early, detach another: neither runs at exit
print("early:", f4())
print("detached:", f0.detach()[1:] if False else f0.detach()[2:])
print("alive now:", [f.alive for f in (f0, f1, f2, f3, f4)], f0.atexit, f4.atexit)
f4.atexit = True
print("setting atexit on a dead finalizer is ignored:", f4.atexit)

# the finalizer of a temporary runs at once, not at exit
weakref.finalize(Handle("tmp"), close, "tmp", when="now")

# finalizers whose function is a bound method or a lambda
class Pool:
    def __init__(self):
        self.closed = []

    def release(self, name):
        self.closed.append(name)
        print("pool released", name, self.closed)


pool = Pool()
conn = Handle("conn")
weakref.finalize(conn, pool.release, "conn")
weakref.finalize(Handle("other"), lambda: print("lambda finalizer"))
print("end of program")
