# with sys.stderr = None, the default thread excepthook writes to the stderr saved when the Thread was created
import sys, threading
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=lambda: 1 / 0, name="w")
sys.stderr = None
t.start(); t.join()
sys.stderr = sys.__stderr__
print([l for l in "".join(cap.parts).splitlines() if not l.startswith(" ")])
