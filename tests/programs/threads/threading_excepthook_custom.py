# threading.excepthook replaced: it gets exc_type, exc_value, exc_traceback and thread
import threading

print(threading.excepthook is threading.__excepthook__)
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.thread is worker, args.exc_traceback is not None,
                 threading.current_thread() is args.thread))

threading.excepthook = hook

def fail(msg):
    raise ValueError(msg)

worker = threading.Thread(target=fail, args=("bad value",), name="failing")
worker.start()
worker.join()
print(seen)
print("alive after failure:", worker.is_alive())

# SystemExit reaches a custom hook too (only the default hook ignores it)
seen.clear()
def leave():
    raise SystemExit(3)
worker = threading.Thread(target=leave)
worker.start()
worker.join()
print("after SystemExit:", seen)

# other BaseException subclasses are passed to the hook too
seen.clear()
class Custom(BaseException):
    pass
def custom():
    raise Custom("base")
worker = threading.Thread(target=custom, name="custom")
worker.start()
worker.join()
print(seen)

# the exception does not stop other threads, and results are still collected
out = []
def maybe(i):
    if i % 2:
        raise KeyError(i)
    out.append(i)
seen.clear()
ws = [threading.Thread(target=maybe, args=(i,), name=f"m{i}") for i in range(6)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(out), sorted(s[:3] for s in seen))

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
