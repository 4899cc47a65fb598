# Process misuse and state transitions: is_alive/exitcode before start, while running, after
# join; close() of a running process; start() twice; join()/terminate()/sentinel before
# start; using a closed process object; setting daemon after start; join from a sibling;
# start of a process object made by another process
import multiprocessing as mp
import time


def try_call(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def wait_for(ev):
    ev.wait(10)


def join_sibling(sib, out):
    try:
        sib.join()
        out.put("joined")
    except AssertionError as e:
        out.put("AssertionError: %s" % e)


def start_inherited(proc, out):
    try:
        proc.start()
        out.put("started")
    except AssertionError as e:
        out.put("AssertionError: %s" % e)


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=wait_for, args=(ev,))
    print("initial:", p.is_alive(), p.exitcode, p.pid is None, p.ident is None)
    try_call("join unstarted", p.join)
    try_call("terminate unstarted", p.terminate)
    try_call("kill unstarted", p.kill)
    try_call("sentinel unstarted", lambda: p.sentinel)
    p.start()
    print("running:", p.is_alive(), p.exitcode, p.pid is not None)
    try_call("start twice", p.start)
    try_call("close running", p.close)
    try_call("set daemon after start", setattr, p, "daemon", True)
    try_call("join(0.05)", p.join, 0.05)
    try_call("join(-1)", p.join, -1)
    print("still:", p.is_alive(), p.exitcode)
    out = mp.Queue()
    s = mp.Process(target=join_sibling, args=(p, out))
    s.start()
    print("sibling join:", out.get(timeout=10))
    s.join()
    fresh = mp.Process(target=len, args=((),))
    s = mp.Process(target=start_inherited, args=(fresh, out))
    s.start()
    print("start in another process:", out.get(timeout=10))
    s.join()
    ev.set()
    p.join()
    print("ended:", p.is_alive(), p.exitcode)
    try_call("join again", p.join)
    try_call("terminate ended", p.terminate)
    try_call("start ended", p.start)
    p.close()
    try_call("close twice", p.close)
    for attr in ("exitcode", "pid", "sentinel", "name", "daemon"):
        try_call("closed ." + attr, getattr, p, attr)
    for meth in ("is_alive", "join", "start", "terminate", "kill"):
        try_call("closed ." + meth + "()", getattr(p, meth))
    print("repr closed:", repr(p).split()[-1])
    try_call("name to int", setattr, fresh, "name", 5)
    try_call("group", mp.Process, "g")
    try_call("join self", mp.current_process().join)
    print("active:", mp.active_children())
