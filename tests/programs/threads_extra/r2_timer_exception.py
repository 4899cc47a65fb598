# an exception in a Timer's function reaches threading.excepthook with the Timer as args.thread
import threading

seen = []
def hook(args):
    seen.append((type(args.thread).__name__, args.thread.name, args.exc_type.__name__, str(args.exc_value),
                 args.thread.finished.is_set()))
threading.excepthook = hook
def bad(x, y=0):
    return x / y
t = threading.Timer(0.01, bad, args=(1,), kwargs={"y": 0})
t.name = "ticker"
t.start(); t.join()
t2 = threading.Timer(0.01, bad, args=(1, 2, 3))
t2.name = "wrong-args"
t2.start(); t2.join()
threading.excepthook = threading.__excepthook__
for s in seen:
    print(s)
