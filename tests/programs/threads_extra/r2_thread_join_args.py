# Thread.join() timeout values: None, negative, zero, bool, strings; is_alive afterwards
import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
def show(label, fn):
    try:
        print(label, "->", fn(), t.is_alive())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
show("join(0)", lambda: t.join(0))
show("join(-1)", lambda: t.join(-1))
show("join(timeout=0.01)", lambda: t.join(timeout=0.01))
show("join(False)", lambda: t.join(False))
show("join('1')", lambda: t.join("1"))
show("join([])", lambda: t.join([]))
show("join(1, 2)", lambda: t.join(1, 2))
show("join(nan)", lambda: t.join(float("nan")))
ev.set()
show("join(None)", lambda: t.join(None))
show("join again", t.join)
show("join(-5) finished", lambda: t.join(-5))
show("join('x') finished", lambda: t.join("x"))
