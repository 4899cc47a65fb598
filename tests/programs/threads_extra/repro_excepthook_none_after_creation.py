# CPython 3.11: a hook set to None after Thread() falls back to the hook current at creation
import threading
seen = []
threading.excepthook = lambda args: seen.append(args.exc_type.__name__)
t = threading.Thread(target=lambda: 1 / 0)
threading.excepthook = None
t.start(); t.join()
print(seen)
