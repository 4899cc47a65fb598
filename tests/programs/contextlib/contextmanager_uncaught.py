# An exception escaping a @contextmanager block: cleanup runs, the traceback shows user frames only.
from contextlib import contextmanager


@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


def load(name):
    with opened(name) as f:
        print("reading", f)
        return int(f)


print(load("12"))
load("twelve")
