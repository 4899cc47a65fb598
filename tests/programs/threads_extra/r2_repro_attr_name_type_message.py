# setattr/delattr/hasattr with a non-str name: CPython says "attribute name must be string, not 'int'"
import threading
for obj in (object(), threading.local()):
    for fn in (setattr, delattr, hasattr):
        try:
            fn(obj, 5, 1) if fn is setattr else fn(obj, 5)
        except TypeError as e:
            print(fn.__name__, "->", e)
