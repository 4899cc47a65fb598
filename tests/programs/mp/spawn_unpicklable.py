# spawn pickles the Process object: an unpicklable argument or a local target fails in
# start() with pickle's message, while fork passes the same objects by inheritance; Pool
# tasks and Connection.send pickle under every start method
import multiprocessing as mp
import threading


def show(q, obj):
    q.put(type(obj).__name__)


def double(x):
    return 2 * x


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def start_and_report(ctx, q, target, arg):
    p = ctx.Process(target=target, args=(q, arg))
    try:
        p.start()
    except Exception as e:
        print(ctx.get_start_method(), "start failed:", type(e).__name__, e, "| exitcode", p.exitcode)
        return
    print(ctx.get_start_method(), "child saw:", q.get(timeout=20))
    p.join()
    print(ctx.get_start_method(), "exitcode", p.exitcode)


def main():
    def local_target(q, obj):
        q.put("local")

    gen = (i for i in range(3))
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        start_and_report(ctx, q, show, threading.Lock())
        start_and_report(ctx, q, show, gen)
        start_and_report(ctx, q, local_target, 1)
        start_and_report(ctx, q, show, 1)
        q.close(); q.join_thread()
    with mp.get_context("fork").Pool(2) as pool:
        print("pool ok", pool.map(double, [1, 2]))
        try_call("pool local function", pool.map, local_target, [1, 2])
        try_call("pool unpicklable arg", pool.apply, double, (threading.Lock(),))
        print("pool still works", pool.map(double, [3]))
    a, b = mp.Pipe()
    try_call("send lock", a.send, threading.RLock())
    try_call("send local", a.send, local_target)
    a.send("fine")
    print("pipe still works:", b.recv())


if __name__ == '__main__':
    main()
