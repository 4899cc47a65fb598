import io
import sys
import threading

def boom(x):
    raise ValueError(f"bad value {x}")

# Capture the default hook output and show only stable parts.
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom, args=(7,), name="boomer")
t.start()
t.join()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(any("in boom" in l for l in lines))
print(any('raise ValueError(f"bad value {x}")' in l for l in lines))
print("alive:", t.is_alive())

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value),
                     args.thread.name, args.exc_traceback is not None))

threading.excepthook = hook
t = threading.Thread(target=boom, args=(8,), name="second")
t.start(); t.join()
print(captured)

class KW(threading.Thread):
    def run(self):
        {}["missing"]

k = KW(name="kw")
k.start(); k.join()
print(captured[-1])
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

def exits():
    sys.exit(5)

e = threading.Thread(target=exits)
e.start(); e.join()
print("SystemExit in thread is silent")
