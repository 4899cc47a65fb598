# Shared counter: Value with get_lock() gives the exact total; RawValue can lose updates (only bounds printed).
import multiprocessing as mp


def add_locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def add_racy(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == '__main__':
    n, workers = 2000, 4
    locked = mp.Value('i', 0)
    procs = [mp.Process(target=add_locked, args=(locked, n)) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("locked total:", locked.value)
    print("locked exact:", locked.value == n * workers)

    raw = mp.RawValue('i', 0)
    procs = [mp.Process(target=add_racy, args=(raw, n)) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("raw total within bounds:", n <= raw.value <= n * workers)
    print("raw has no get_lock:", not hasattr(raw, 'get_lock'))

    d = mp.Value('d', 1.5, lock=True)
    with d.get_lock():
        d.value *= 4
    print("double value:", d.value)
