# sys.exit('message') in a child: the message goes to the child's stderr and the exit code
# is 1 (fork and spawn); sys.exit with a non-str, non-int object prints its str(). The
# program exits with status 4 so the stderr is recorded.
import multiprocessing as mp
import sys


class Reason:
    def __str__(self):
        return "custom reason object"


def leave(arg):
    sys.exit(arg)


if __name__ == '__main__':
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        for arg in ("bye from %s child" % method, Reason(), ["a", 1], 2.5):
            p = ctx.Process(target=leave, args=(arg,))
            p.start()
            p.join()
            print(method, type(arg).__name__, "exitcode", p.exitcode, flush=True)
    print("parent exits with 4")
    sys.exit(4)
