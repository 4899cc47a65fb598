# frame objects outliving their frames: kept by exceptions, generators, signal handlers, traced threads
import sys, threading, signal
frames = []
def deep(n):
    if n == 0:
        frames.append(sys._getframe())
        raise KeyError(n)
    return deep(n - 1)
for i in range(3):
    try:
        deep(5)
    except KeyError as e:
        err = e
print([f.f_code.co_name for f in frames], frames[0].f_back.f_back.f_code.co_name)
del err
def gen():
    f = sys._getframe()
    yield f
    yield f.f_back
g = gen()
f0 = next(g)
print(f0.f_back, next(g).f_code.co_name)
del g
print(f0.f_lineno, f0.f_back)
got = []
def h(sig, frame):
    got.append(frame.f_code.co_name)
signal.signal(signal.SIGUSR1, h)
def w():
    for i in range(3):
        signal.raise_signal(signal.SIGUSR1)
w()
print(got)
ev = []
def tr(frame, event, arg):
    ev.append(event)
    return tr
threading.settrace(tr)
ts = [threading.Thread(target=deep, args=(3,)) for _ in range(3)]

old = threading.excepthook
threading.excepthook = lambda a: None
for t in ts: t.start()
for t in ts: t.join()
threading.settrace(None)
print(len(ev) > 0, sorted(set(ev)))
