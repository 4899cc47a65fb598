import traceback
from contextlib import contextmanager

class Closer:
    def __init__(self, fail):
        self.fail = fail
    def __enter__(self):
        print("enter", self.fail)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        if self.fail:
            raise RuntimeError("close failed")
        return False
def use(fail):
    with Closer(fail) as c:
        total = 0
        for i in range(3):
            total += i
    return total
print(use(False))
try:
    use(True)
except RuntimeError:
    print(traceback.format_exc())
@contextmanager
def checked(name):
    print("open", name)
    yield name
    print("verify", name)
    if name == "bad":
        raise ValueError(f"verification of {name} failed")
for n in ["good", "bad"]:
    try:
        with checked(n) as v:
            result = v.upper()
    except ValueError:
        # the library frame's file and line differ between interpreters: show the
        # program's own frames only
        for line in traceback.format_exc().splitlines():
            if "in __exit__" not in line and "next(self.gen)" not in line:
                print(line)
try:
    with Closer(True):
        raise KeyError("body")
except RuntimeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
    print(traceback.format_exc())
