# timeouts of the process-shared primitives: Event.wait(timeout) False then True once a child
# sets it; Condition.wait(timeout) False with nobody notifying, True when a child notifies;
# wait_for with a timeout; Condition misuse without the lock; a Barrier whose wait times out
# in two children breaks (BrokenBarrierError everywhere), reset() makes it usable again;
# abort() breaks waiters in a child
import multiprocessing as mp
import threading
import time


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def set_later(ev, delay):
    time.sleep(delay)
    ev.set()


def notify_later(cond, flag, delay):
    time.sleep(delay)
    with cond:
        flag.value = 1
        cond.notify_all()


def barrier_party(bar, out, wid, timeout):
    try:
        out.put((wid, "index", bar.wait(timeout)))
    except threading.BrokenBarrierError as e:
        out.put((wid, type(e).__name__, bar.broken))


if __name__ == '__main__':
    ev = mp.Event()
    print("Event.wait(0.1):", ev.wait(0.1), "is_set", ev.is_set())
    p = mp.Process(target=set_later, args=(ev, 0.2))
    p.start()
    print("Event.wait(10) while child sets:", ev.wait(10))
    p.join()
    ev.clear()
    print("after clear:", ev.wait(0), ev.wait(0.05))

    cond = mp.Condition()
    flag = mp.Value('i', 0)
    with cond:
        print("Condition.wait(0.1):", cond.wait(0.1))
        print("wait_for(timeout=0.1):", cond.wait_for(lambda: flag.value == 1, 0.1))
    p = mp.Process(target=notify_later, args=(cond, flag, 0.2))
    p.start()
    with cond:
        print("wait_for with child notifying:", cond.wait_for(lambda: flag.value == 1, 10))
    p.join()
    try_call("wait without the lock", cond.wait, 0.01)
    try_call("notify without the lock", cond.notify)
    try_call("notify_all without the lock", cond.notify_all)
    with cond:
        cond.notify()  # nobody waiting: fine
        print("notify with no waiters ok")

    bar = mp.Barrier(3)
    out = mp.Queue()
    ps = [mp.Process(target=barrier_party, args=(bar, out, w, 0.3)) for w in range(2)]
    for p in ps:
        p.start()
    res = sorted(out.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print("timed-out barrier:", res, "broken", bar.broken)
    try_call("parent wait on broken barrier", bar.wait, 1)
    bar.reset()
    print("after reset: broken", bar.broken, "n_waiting", bar.n_waiting)
    ps = [mp.Process(target=barrier_party, args=(bar, out, w, 10)) for w in range(2)]
    for p in ps:
        p.start()
    idx = bar.wait(10)
    res = sorted(out.get(timeout=10) for _ in ps)
    for p in ps:
        p.join()
    print("full barrier indices:", sorted([idx] + [r[2] for r in res]), "broken", bar.broken)

    bar2 = mp.Barrier(2)
    p = mp.Process(target=barrier_party, args=(bar2, out, 9, 10))
    p.start()
    while bar2.n_waiting < 1:
        time.sleep(0.01)
    bar2.abort()
    print("aborted:", out.get(timeout=10))
    p.join()

    def bad_action():
        raise RuntimeError("action failed")

    bar3 = mp.Barrier(1, action=bad_action)
    try_call("failing action", bar3.wait)
    print("broken after failing action:", bar3.broken)
