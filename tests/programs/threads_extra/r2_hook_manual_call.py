# calling threading.excepthook / __excepthook__ by hand with ExceptHookArgs built from tuples
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

cap = Capture()
sys.stderr = cap
t = threading.Thread(name="fake")
try:
    raise ValueError("manual")
except ValueError as e:
    exc = e
A = threading.ExceptHookArgs
threading.excepthook(A((ValueError, exc, None, t)))
threading.excepthook(A((ValueError, exc, None, None)))
threading.excepthook(A((SystemExit, SystemExit(1), None, t)))
threading.excepthook(A((KeyError, KeyError("k"), None, t)))
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
for line in text.splitlines():
    print(line.replace(str(threading.get_ident()), "IDENT").replace(__file__, "PROG"))
