# a Connection sent through another Connection / Queue (CPython duplicates the descriptor
# for the receiver): the receiving child talks back over the transferred end; under spawn,
# a Connection passed as a Process argument works
import multiprocessing as mp


def use_received(chan):
    conn = chan.recv()
    conn.send(("over the transferred end", conn.readable, conn.writable))
    conn.close()


def use_from_queue(q):
    conn = q.get(timeout=5)
    conn.send("from a queued connection")
    conn.close()


def use_arg(conn):
    conn.send("spawn argument end")


if __name__ == '__main__':
    chan_a, chan_b = mp.Pipe()
    p = mp.Process(target=use_received, args=(chan_b,))
    p.start()
    mine, theirs = mp.Pipe()
    try:
        chan_a.send(theirs)
        theirs.close()
        print(mine.recv())
    except Exception as e:
        print("send Connection:", type(e).__name__, e)
        chan_a.send(None)
    p.join()
    print("exitcode", p.exitcode)

    q = mp.Queue()
    p = mp.Process(target=use_from_queue, args=(q,))
    p.start()
    r, w = mp.Pipe(duplex=False)
    q.put(w)
    print(r.recv() if r.poll(5) else "nothing came")
    p.join()
    print("exitcode", p.exitcode)

    ctx = mp.get_context("spawn")
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=use_arg, args=(w,))
    p.start()
    w.close()
    print(r.recv())
    p.join()
