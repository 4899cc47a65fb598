# a hook that raises SystemExit is silent; a hook with the wrong signature is reported
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

def fail():
    raise LookupError("lk")

def hook_exit(args):
    raise SystemExit(5)

def hook_noargs():
    print("never")

cap = Capture()
sys.stderr = cap
threading.excepthook = hook_exit
t = threading.Thread(target=fail, name="exit-hook")
t.start(); t.join()
print("after exit hook, stderr parts:", len(cap.parts))
threading.excepthook = hook_noargs
t = threading.Thread(target=fail, name="noargs-hook")
t.start(); t.join()
sys.stderr = sys.__stderr__
threading.excepthook = threading.__excepthook__
for line in "".join(cap.parts).splitlines():
    if line.startswith("  File") or line.startswith("    "):
        continue
    print(line)
