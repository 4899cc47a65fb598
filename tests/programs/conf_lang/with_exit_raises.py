import traceback

class Guard:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail:
            raise RuntimeError(f"{self.name} failed to close")
        return False

def normal_path():
    with Guard("a", fail=True):
        total = 1
        total += 1
    return total

def error_path():
    with Guard("b", fail=True):
        value = 10
        raise ValueError("body failed")

def nested():
    with Guard("outer"), Guard("inner", fail=True):
        pass

for fn in (normal_path, error_path, nested):
    try:
        fn()
    except RuntimeError as e:
        print("caught:", e, "| context:", repr(e.__context__))
        frames = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.lineno) for f in frames])

error_path()
