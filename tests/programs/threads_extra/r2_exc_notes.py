# exceptions with add_note() and custom __str__ raised in threads, rendered by the default hook
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

class Fancy(Exception):
    def __str__(self):
        return "fancy<" + ",".join(map(str, self.args)) + ">"

class EmptyStr(Exception):
    def __str__(self):
        return ""

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

def noted():
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second\nnote")
    raise e

def fancy():
    raise Fancy(1, 2, "three")

def empty():
    raise EmptyStr("ignored")

def badstr():
    raise BadStr()

cap = Capture()
sys.stderr = cap
for fn in (noted, fancy, empty, badstr):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()
sys.stderr = sys.__stderr__
for line in "".join(cap.parts).splitlines():
    if line.startswith("  File") or line.startswith("    ") or line.startswith("Traceback"):
        continue
    print(line)
