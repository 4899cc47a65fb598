# the default excepthook reports "Exception in thread NAME:" with a traceback; main carries on
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

def bad_worker(items):
    total = 0
    for x in items:
        total += x
    return total

def nested(d):
    return helper(d)["key"]

def helper(d):
    return d.get("inner")

cap = Capture()
sys.stderr = cap
for target, args, name in ((bad_worker, ([1, 2, "three"],), "summer"), (nested, ({"inner": None},), "nester")):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    print("worker", name, "alive:", t.is_alive())
sys.stderr = sys.__stderr__

# keep only this file's frames: threading's own frames differ between installs
keep = True
for line in "".join(cap.parts).splitlines():
    if line.startswith('  File "'):
        keep = "exception_default_hook_stderr.py" in line
        if keep:
            line = '  File "' + line.split("/")[-1]
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line)
