# multiprocessing.Condition across processes: children wait for a predicate on a shared
# Value, notify/notify_all from the parent, wait(timeout) returning False, wait_for
import multiprocessing as mp


def consumer(cond, stage, out, wid):
    with cond:
        ok = cond.wait_for(lambda: stage.value >= 1, timeout=10)
        out.put(("stage1", wid, ok, stage.value >= 1))
    with cond:
        ok = cond.wait_for(lambda: stage.value >= 2, timeout=10)
        out.put(("stage2", wid, ok))


def ready_counter(cond, ready):
    with cond:
        ready.value += 1
        cond.notify_all()


def waiter(cond, waiting, out):
    with cond:
        waiting.value += 1
        r = cond.wait(10)
        waiting.value -= 1
        out.put(("woken", r))


if __name__ == '__main__':
    cond = mp.Condition()
    stage = mp.Value('i', 0, lock=False)
    out = mp.Queue()
    ws = [mp.Process(target=consumer, args=(cond, stage, out, i)) for i in range(3)]
    for w in ws:
        w.start()
    with cond:
        stage.value = 1
        cond.notify_all()
    first = sorted(out.get(timeout=10) for _ in ws)
    with cond:
        stage.value = 2
        cond.notify_all()
    second = sorted(out.get(timeout=10) for _ in ws)
    for w in ws:
        w.join()
    print(first)
    print(second)
    print("exitcodes", [w.exitcode for w in ws])

    # notify() wakes one waiter at a time
    waiting = mp.Value('i', 0, lock=False)
    ws = [mp.Process(target=waiter, args=(cond, waiting, out)) for _ in range(2)]
    for w in ws:
        w.start()
    while True:
        with cond:
            if waiting.value == 2:
                break
    with cond:
        cond.notify()
    print(out.get(timeout=10))
    with cond:
        print("still waiting:", waiting.value)
        cond.notify()
    print(out.get(timeout=10))
    with cond:
        print("still waiting:", waiting.value)
    for w in ws:
        w.join()

    # a child notifying the parent
    ready = mp.Value('i', 0, lock=False)
    with cond:
        p = mp.Process(target=ready_counter, args=(cond, ready))
        p.start()
        print("parent woken:", cond.wait_for(lambda: ready.value == 1, timeout=10), ready.value)
    p.join()
    with cond:
        print("timeout:", cond.wait(0.05), cond.wait_for(lambda: False, timeout=0.05))
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        cond.notify()
    except AssertionError as e:
        print("AssertionError:", e)
    out.close(); out.join_thread()
