# The spawn start method: Pool.map, a Process with a Queue and a Value, all via get_context('spawn').
import multiprocessing as mp


def cube(x):
    return x ** 3


def worker(q, counter, items):
    for it in items:
        with counter.get_lock():
            counter.value += it
    q.put(("done", sorted(items)))


if __name__ == '__main__':
    ctx = mp.get_context("spawn")
    print("start method:", ctx.get_start_method())
    with ctx.Pool(2) as pool:
        print("cubes:", pool.map(cube, range(8)))
        print("imap_unordered sorted:", sorted(pool.imap_unordered(cube, range(5))))
    q = ctx.Queue()
    counter = ctx.Value('i', 0)
    ps = [ctx.Process(target=worker, args=(q, counter, [k, k + 10])) for k in range(3)]
    for p in ps:
        p.start()
    msgs = sorted(q.get(timeout=20) for _ in ps)
    for p in ps:
        p.join()
    print("msgs:", msgs)
    print("counter:", counter.value)
    print("exit codes:", [p.exitcode for p in ps])
