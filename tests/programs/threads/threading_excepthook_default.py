# the default threading.excepthook writes "Exception in thread NAME:" and a traceback to sys.stderr
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

def inner(n):
    return 10 // n

def failing():
    inner(0)

cap = Capture()
real_stderr = sys.stderr
sys.stderr = cap
t = threading.Thread(target=failing, name="worker-1")
t.start()
t.join()
# SystemExit escaping a thread is ignored by the default hook: nothing is written
quiet = threading.Thread(target=sys.exit, args=(4,))
quiet.start()
quiet.join()
sys.stderr = real_stderr

# print the report, keeping only frames from this file (threading's own frames vary by install)
lines = "".join(cap.parts).splitlines()
keep = True
for line in lines:
    if line.startswith('  File "'):
        keep = "threads/threading_excepthook_default.py" in line
        if keep:
            line = '  File "' + line.split("/")[-1]
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line)
print("done", t.is_alive())
