# a child whose target raises: exit code 1 and "Process <name>:" plus the traceback on the
# child's stderr (captured through a pipe here; only this file's frames are printed, since the
# multiprocessing frames above them belong to the implementation)
import multiprocessing as mp
import os


def strip_dirs(line):
    # 'File "/a/b/c.py"' -> 'File "c.py"' (every occurrence)
    out = ""
    while True:
        i = line.find('File "')
        if i < 0:
            return out + line
        start = i + 6
        q = line.find('"', start)
        end = q if q >= 0 else len(line)
        k = line.rfind("/", start, end)
        if k < 0:
            out += line[:start]
            line = line[start:]
        else:
            out += line[:start]
            line = line[k + 1:]


HERE = os.path.basename(__file__)


class CustomError(Exception):
    pass


def boom(n):
    raise CustomError("boom %d" % n)


def chained():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")


class Raiser(mp.Process):
    def run(self):
        1 / 0


def redirect_then(w, f, *args):
    os.dup2(w, 2)  # the child's stderr goes into the pipe
    f(*args)


def run_captured(make):
    r, w = os.pipe()
    p = make(w)
    p.start()
    os.close(w)
    with os.fdopen(r, "r") as f:
        text = f.read()
    p.join()
    print("exitcode", p.exitcode)
    keep = False
    for line in text.splitlines():
        if line.startswith("  File "):
            keep = HERE in line
            if keep:
                print(strip_dirs(line))
        elif line.startswith("    "):
            if keep:
                print(line)
        else:
            print(line)


if __name__ == '__main__':
    run_captured(lambda w: mp.Process(target=redirect_then, args=(w, boom, 7)))
    run_captured(lambda w: mp.Process(target=redirect_then, args=(w, chained), name="chain"))

    class R2(Raiser):
        def __init__(self, w):
            super().__init__(name="sub")
            self.w = w

        def run(self):
            os.dup2(self.w, 2)
            super().run()
    run_captured(lambda w: R2(w))
