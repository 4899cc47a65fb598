# an exception escaping a Thread subclass's run(): reported by the default excepthook
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

class Fetcher(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url
        self.status = None

    def run(self):
        self.status = "fetching"
        self.validate()
        self.status = "done"

    def validate(self):
        if not self.url.startswith("https://"):
            raise ValueError("insecure url: %r" % self.url)

cap = Capture()
sys.stderr = cap
fs = [Fetcher("https://ok.example"), Fetcher("http://bad.example")]
for f in fs:
    f.start()
for f in fs:
    f.join()
sys.stderr = sys.__stderr__
print([f.status for f in fs])
keep = True
for line in "".join(cap.parts).splitlines():
    if line.startswith('  File "'):
        keep = "thread_subclass_run_exception.py" in line
        if keep:
            line = '  File "' + line.split("/")[-1]
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line)
