# a child that raises writes "Process <name>:" and the exception to its own stderr (recorded
# in the .err file; sys.tracebacklimit = 0 in the children keeps the implementation's frames
# out of it) and exits with code 1; the program exits 1 on purpose so the stderr is compared
import multiprocessing as mp
import sys


class CustomError(Exception):
    pass


def boom(msg):
    sys.tracebacklimit = 0
    raise CustomError(msg)


def key_error():
    sys.tracebacklimit = 0
    {}["nope"]


def writes_stderr():
    print("child writes to stderr", file=sys.stderr, flush=True)


def exits_with_message():
    sys.exit("exit message from child")


class Sub(mp.Process):
    def run(self):
        sys.tracebacklimit = 0
        raise RuntimeError("from run()")


if __name__ == '__main__':
    procs = [
        mp.Process(target=boom, args=("first",)),
        mp.Process(target=key_error, name="keyerr"),
        mp.Process(target=writes_stderr),
        mp.Process(target=exits_with_message),
        Sub(),
        mp.Process(target=boom, args=("",)),
    ]
    for p in procs:
        p.start()
        p.join()  # one at a time, so the children's stderr lines come in order
        print(p.name, p.exitcode, flush=True)
    sys.exit(1)
