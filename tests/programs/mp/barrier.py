# multiprocessing.Barrier with 3 parties: wait() returns distinct indices 0..2, the action
# runs once per generation, the barrier is reusable, a timeout breaks it (BrokenBarrierError)
import multiprocessing as mp
import threading


def party(bar, out, wid):
    idx = []
    for _ in range(2):  # two generations on the same barrier
        idx.append(bar.wait(10))
    out.put((wid, idx))


def act():
    # runs in exactly one of the parties (the last to arrive) per generation
    with ACTIONS.get_lock():
        ACTIONS.value += 1


def lonely(bar, out):
    try:
        bar.wait(0.1)
        out.put("passed")
    except threading.BrokenBarrierError as e:
        out.put(("broken", type(e).__name__))


if __name__ == '__main__':
    bar = mp.Barrier(3)
    print("parties", bar.parties, "waiting", bar.n_waiting, "broken", bar.broken)
    out = mp.Queue()
    ps = [mp.Process(target=party, args=(bar, out, i)) for i in range(3)]
    for p in ps:
        p.start()
    res = sorted(out.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print("indices per generation:",
          [sorted(r[1][g] for r in res) for g in range(2)], [r[0] for r in res])
    print("exitcodes", [p.exitcode for p in ps], "waiting", bar.n_waiting)

    # two children and the parent make up the 3 parties
    ps = [mp.Process(target=party, args=(bar, out, i)) for i in (10, 11)]
    for p in ps:
        p.start()
    mine = [bar.wait(10), bar.wait(10)]
    res = sorted(out.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print("with parent:", sorted(mine + [i for r in res for i in r[1]]))

    ACTIONS = mp.Value('i', 0)  # inherited by the forked children
    b4 = mp.Barrier(3, action=act, timeout=10)
    ps = [mp.Process(target=party, args=(b4, out, i)) for i in range(3)]
    for p in ps:
        p.start()
    res = sorted(out.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print("action ran", ACTIONS.value, "times;", [r[0] for r in res])

    b2 = mp.Barrier(2)
    p = mp.Process(target=lonely, args=(b2, out))
    p.start(); p.join()
    print(out.get(timeout=10), "broken:", b2.broken)
    try:
        b2.wait(1)
    except threading.BrokenBarrierError as e:
        print("parent:", type(e).__name__)
    b2.reset()
    print("after reset broken:", b2.broken)
    b3 = mp.Barrier(2)
    b3.abort()
    print("aborted:", b3.broken)
    out.close(); out.join_thread()
