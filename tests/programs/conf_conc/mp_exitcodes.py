import multiprocessing as mp
import sys
import os

def ok():
    print("child ok", flush=True)

def exits_three():
    sys.exit(3)

def exits_msg():
    sys.exit("fatal message")

class KeepEnds:
    """Pass on the first two and the last line of what the child writes."""
    def __init__(self, real):
        self.real = real
        self.buf = ""

    def write(self, s):
        self.buf += s
        return len(s)

    def flush(self):
        lines = self.buf.splitlines()
        if lines:
            keep = lines[:2] + lines[-1:] if len(lines) > 3 else lines
            self.real.write("\n".join(keep) + "\n")
            self.real.flush()
        self.buf = ""

def raises():
    sys.stderr = KeepEnds(sys.stderr)
    raise ValueError("child exploded")

def hard_exit():
    os._exit(7)

def exits_none():
    sys.exit(None)

if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        print("==", method)
        for fn in (ok, exits_three, exits_msg, raises, hard_exit, exits_none):
            p = ctx.Process(target=fn, name=fn.__name__)
            print(fn.__name__, "exitcode before start:", p.exitcode)
            p.start()
            p.join()
            print(fn.__name__, "exitcode:", p.exitcode, "alive:", p.is_alive())
            sys.stdout.flush()
