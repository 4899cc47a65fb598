# bad Thread() arguments: group, args=None, kwargs=None, non-iterable args, target with wrong arity
import threading

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("group=1", lambda: threading.Thread(group=1))
show("unknown kw", lambda: threading.Thread(foo=1))
show("too many positional", lambda: threading.Thread(None, None, "n", (), {}, None, 7))
seen = []
threading.excepthook = lambda a: seen.append((a.thread.name, a.exc_type.__name__, str(a.exc_value)))
def f(a, b):
    return a + b
for name, kw in (("args-None", {"args": None}), ("kwargs-None", {"args": (1, 2), "kwargs": None}),
                 ("args-int", {"args": 5}), ("args-str", {"args": "ab"}), ("arity", {"args": (1,)}),
                 ("kw-extra", {"args": (1, 2), "kwargs": {"c": 3}}), ("args-list", {"args": [1, 2]})):
    try:
        t = threading.Thread(target=f, name=name, **kw)
        t.start(); t.join()
    except Exception as e:
        seen.append((name, "creation", type(e).__name__, str(e)))
threading.excepthook = threading.__excepthook__
for s in seen:
    print(s)
