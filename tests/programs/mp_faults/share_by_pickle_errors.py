# multiprocessing objects that may only be shared by inheritance refuse to be pickled
# outside of spawning a process: Lock, RLock, Semaphore, Condition, Event, Queue, SimpleQueue,
# Value and Array sent through a Pipe raise RuntimeError in the sender (fork and spawn
# contexts); the same objects passed as Process arguments work; a lock made in the fork
# context cannot be handed to a spawn-context process
import multiprocessing as mp


def try_send(label, conn, obj):
    try:
        conn.send(obj)
        print(label, "-> sent")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def use_all(lock, ev, q, val, arr):
    with lock:
        val.value += 1
        arr[0] = 7
    ev.set()
    q.put("child used them")


if __name__ == '__main__':
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        a, b = ctx.Pipe()
        print(method)
        objs = [("Lock", ctx.Lock()), ("RLock", ctx.RLock()), ("Semaphore", ctx.Semaphore(2)),
                ("BoundedSemaphore", ctx.BoundedSemaphore(2)), ("Condition", ctx.Condition()),
                ("Event", ctx.Event()), ("Queue", ctx.Queue()), ("JoinableQueue", ctx.JoinableQueue()),
                ("SimpleQueue", ctx.SimpleQueue()), ("Value", ctx.Value('i', 1)),
                ("Array", ctx.Array('i', 3)), ("Barrier", ctx.Barrier(2))]
        for label, obj in objs:
            try_send("  " + label, a, obj)
        lock, ev, q, val, arr = ctx.Lock(), ctx.Event(), ctx.Queue(), ctx.Value('i', 1), ctx.Array('i', 2)
        p = ctx.Process(target=use_all, args=(lock, ev, q, val, arr))
        p.start()
        print("  as arguments:", q.get(timeout=20), ev.is_set(), val.value, arr[:])
        p.join()

    lock = mp.get_context("fork").Lock()
    p = mp.get_context("spawn").Process(target=use_all, args=(lock, None, None, None, None))
    try:
        p.start()
        print("fork lock to a spawn child: started")
        p.join()
    except RuntimeError as e:
        print("fork lock to a spawn child:", e)
