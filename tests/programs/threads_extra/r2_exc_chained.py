# chained exceptions (raise from, implicit context, suppress) inside threads, shown via a capturing stderr
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def explicit():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")

def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("context hidden") from None

cap = Capture()
sys.stderr = cap
for fn in (explicit, implicit, suppressed):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()
sys.stderr = sys.__stderr__
keep = True
for line in "".join(cap.parts).splitlines():
    if line.startswith('  File "'):
        keep = "exc_chained.py" in line
        if keep:
            line = '  File "' + line.split("/")[-1]
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line)
