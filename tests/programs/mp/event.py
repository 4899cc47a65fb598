# multiprocessing.Event across processes: children block on wait() until the parent sets it,
# wait(timeout) returns False when unset, clear(), is_set(), a child setting the event
import multiprocessing as mp


def waiter(ev, out, wid):
    got = ev.wait(10)
    out.put((wid, got, ev.is_set()))


def setter(ev):
    ev.set()


def short_wait(ev, out):
    out.put(("short", ev.wait(0.05)))


if __name__ == '__main__':
    ev = mp.Event()
    print("initial", ev.is_set(), ev.wait(0.01), ev.wait(timeout=0))
    out = mp.Queue()
    ws = [mp.Process(target=waiter, args=(ev, out, i)) for i in range(3)]
    for w in ws:
        w.start()
    print("nobody finished yet:", out.empty())
    ev.set()
    print("parent sees", ev.is_set(), ev.wait())
    print(sorted(out.get(timeout=10) for _ in ws))
    for w in ws:
        w.join()
    print("exitcodes", [w.exitcode for w in ws])
    ev.clear()
    print("after clear", ev.is_set())
    p = mp.Process(target=short_wait, args=(ev, out))
    p.start(); p.join()
    print(out.get(timeout=10))
    p = mp.Process(target=setter, args=(ev,))
    p.start(); p.join()
    print("set by child:", ev.is_set(), ev.wait(1))
    ev.set()  # setting twice is fine
    print(ev.is_set())
    out.close(); out.join_thread()
