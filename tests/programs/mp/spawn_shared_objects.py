# objects handed to spawned children (pickled, not inherited): Lock + Value counter from 3
# processes, Array, Event, Semaphore, Queue, SimpleQueue and both ends of a Pipe
import multiprocessing as mp


def work(lock, counter, arr, ev, sem, q, sq, conn, wid):
    for _ in range(200):
        with lock:
            counter.value += 1
    with arr.get_lock():
        arr[wid] = (wid + 1) * 11
    ev.wait(10)
    with sem:
        q.put(("queue", wid))
    sq.put(("simple", wid))
    conn.send(("pipe", wid, conn.recv()))
    conn.close()


if __name__ == '__main__':
    ctx = mp.get_context("spawn")
    lock = ctx.Lock()
    counter = ctx.Value('i', 0, lock=False)
    arr = ctx.Array('i', 3)
    ev = ctx.Event()
    sem = ctx.BoundedSemaphore(1)
    q, sq = ctx.Queue(), ctx.SimpleQueue()
    pipes = [ctx.Pipe() for _ in range(3)]
    procs = [ctx.Process(target=work, args=(lock, counter, arr, ev, sem, q, sq, pipes[i][1], i))
             for i in range(3)]
    for p in procs:
        p.start()
    for i, (mine, theirs) in enumerate(pipes):
        theirs.close()
        mine.send("hello %d" % i)
    ev.set()
    print(sorted(q.get(timeout=20) for _ in procs))
    print(sorted(sq.get() for _ in procs))
    print([mine.recv() for mine, _ in pipes])
    for p in procs:
        p.join()
    print("counter", counter.value, "array", arr[:], "exitcodes", [p.exitcode for p in procs])
    print("semaphore back to", sem.get_value(), "event", ev.is_set())
    eofs = []
    for mine, _ in pipes:
        try:
            mine.recv()
        except EOFError:
            eofs.append("EOF")
    print(eofs)
    q.close(); q.join_thread()
