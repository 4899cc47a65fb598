# set_start_method/get_start_method/get_all_start_methods: allow_none before anything is
# chosen, RuntimeError when set twice, force=True, unknown names; the chosen method is used
# by Process, Queue and Pool created afterwards
import multiprocessing as mp

IMPORTED_AS = __name__


def where(q):
    q.put((IMPORTED_AS, mp.get_start_method()))


def name_of(_):
    return IMPORTED_AS


def try_call(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    print("all:", mp.get_all_start_methods())
    print("allow_none before:", mp.get_start_method(allow_none=True))
    try_call("set bogus", mp.set_start_method, "bogus")
    print("still unset:", mp.get_start_method(allow_none=True))
    mp.set_start_method("spawn")
    print("after set:", mp.get_start_method(), mp.get_start_method(allow_none=True))
    try_call("set again", mp.set_start_method, "fork")
    try_call("set same again", mp.set_start_method, "spawn")
    q = mp.Queue()
    p = mp.Process(target=where, args=(q,))
    p.start()
    print("child:", q.get(timeout=20))
    p.join()
    with mp.Pool(2) as pool:
        print("pool:", sorted(set(pool.map(name_of, range(4)))))
    mp.set_start_method("fork", force=True)
    print("forced:", mp.get_start_method())
    p = mp.Process(target=where, args=(q,))
    p.start()
    print("child:", q.get(timeout=20))
    p.join()
    mp.set_start_method(None, force=True)
    print("reset, allow_none:", mp.get_start_method(allow_none=True))
    print("get_start_method() picks the default:", mp.get_start_method())
    try_call("set after implicit default", mp.set_start_method, "spawn")
    print("context objects:", type(mp.get_context()).__name__, type(mp.get_context("spawn")).__name__)
    ctx = mp.get_context("spawn")
    try_call("context set_start_method", ctx.set_start_method, "fork")
    q.close(); q.join_thread()
