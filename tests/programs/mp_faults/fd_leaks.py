# descriptors are not leaked: starting, joining and closing (or dropping) many processes,
# creating and dropping Pipes, Queues (used or not), SimpleQueues and Locks leaves the count
# of open descriptors where it was, under fork and spawn
import multiprocessing as mp
import os


def nfds():
    return len(os.listdir("/proc/self/fd"))


def noop():
    pass


def put_one(q):
    q.put(1)


if __name__ == '__main__':
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        n = 12 if method == "fork" else 4
        p = ctx.Process(target=noop)  # first start: CPython's spawn starts its resource tracker
        p.start()
        p.join()
        p.close()
        base = nfds()
        for _ in range(n):
            p = ctx.Process(target=noop)
            p.start()
            p.join()
            p.close()
        print(method, "processes closed:", nfds() - base)
        base = nfds()
        for _ in range(n):
            p = ctx.Process(target=noop)
            p.start()
            p.join()
            del p
        print(method, "processes dropped:", nfds() - base)

    base = nfds()
    for _ in range(20):
        a, b = mp.Pipe()
        a.send(1)
        b.recv()
        del a, b
    print("pipes:", nfds() - base)
    base = nfds()
    for _ in range(20):
        q = mp.Queue()
        del q
    print("unused queues:", nfds() - base)
    base = nfds()
    for _ in range(10):
        q = mp.Queue()
        p = mp.Process(target=put_one, args=(q,))
        p.start()
        q.get(timeout=10)
        p.join()
        q.close()
        q.join_thread()
        del q, p
    print("queues used by a child:", nfds() - base)
    base = nfds()
    for _ in range(20):
        q = mp.SimpleQueue()
        q.put(1)
        q.get()
        del q
    print("simple queues:", nfds() - base)
    base = nfds()
    for _ in range(200):
        lk = mp.Lock()
        ev = mp.Event()
        del lk, ev
    print("locks and events:", nfds() - base)
