# how a child's ending becomes its exitcode: sys.exit with None / ints / bools / out-of-range
# ints, os._exit, an exception (traceback silenced), returning normally, under fork and spawn;
# items put on a Queue before sys.exit / an exception are still delivered
import multiprocessing as mp
import os
import sys


def do_exit(arg):
    sys.exit(arg)


def do_os_exit(code):
    os._exit(code)


def do_raise():
    sys.stderr = open(os.devnull, "w")
    raise RuntimeError("child failure")


def put_then_exit(q, code):
    for i in range(3):
        q.put(("item", i))
    sys.exit(code)


def put_then_raise(q):
    sys.stderr = open(os.devnull, "w")
    q.put("before the exception")
    raise KeyError("k")


def run(ctx, target, *args):
    p = ctx.Process(target=target, args=args)
    p.start()
    p.join()
    return p.exitcode


if __name__ == '__main__':
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        print(method)
        for arg in (None, 0, 3, True, False, -1, 255, 256, 300):
            print("  sys.exit(%r) -> %s" % (arg, run(ctx, do_exit, arg)))
        for code in (0, 7, 200):
            print("  os._exit(%d) -> %s" % (code, run(ctx, do_os_exit, code)))
        print("  raise ->", run(ctx, do_raise))
        print("  return ->", run(ctx, len, ()))
        q = ctx.Queue()
        p = ctx.Process(target=put_then_exit, args=(q, 3))
        p.start()
        print("  queued before sys.exit(3):", [q.get(timeout=10) for _ in range(3)])
        p.join()
        print("  exitcode", p.exitcode)
        p = ctx.Process(target=put_then_raise, args=(q,))
        p.start()
        print("  queued before raise:", q.get(timeout=10))
        p.join()
        print("  exitcode", p.exitcode)
