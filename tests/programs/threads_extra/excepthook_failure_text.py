# when threading.excepthook itself raises, CPython prints "Exception in threading.excepthook:"
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

def broken_hook(args):
    raise ValueError("hook is broken for " + args.thread.name)

def job():
    raise KeyError("original")

threading.excepthook = broken_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=job, name="doomed")
t.start(); t.join()
sys.stderr = sys.__stderr__
threading.excepthook = threading.__excepthook__
keep = True
for line in "".join(cap.parts).splitlines():
    if line.startswith('  File "'):
        keep = "excepthook_failure_text.py" in line
        if keep:
            line = '  File "' + line.split("/")[-1]
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line)
print("thread finished:", not t.is_alive())
