# Lock and RLock shared by 3 processes that increment a shared Value under the lock; also
# Value.get_lock(), a lock's acquire(timeout)/non-blocking acquire and the with statement
import multiprocessing as mp


def add_with_lock(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def add_with_rlock(counter, rlock, n):
    for _ in range(n):
        with rlock:
            with rlock:  # re-entrant in the same process
                counter.value += 2


def add_with_value_lock(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def hold_lock(lock, ready, release):
    with lock:
        ready.set()
        release.wait(10)


def run_all(target, args_list):
    procs = [mp.Process(target=target, args=args) for args in args_list]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return [p.exitcode for p in procs]


if __name__ == '__main__':
    counter = mp.Value('i', 0, lock=False)
    lock = mp.Lock()
    codes = run_all(add_with_lock, [(counter, lock, 500)] * 3)
    print("Lock:", counter.value, codes)

    counter2 = mp.Value('i', 0, lock=False)
    rlock = mp.RLock()
    codes = run_all(add_with_rlock, [(counter2, rlock, 300)] * 3)
    print("RLock:", counter2.value, codes)

    counter3 = mp.Value('i', 0)
    codes = run_all(add_with_value_lock, [(counter3, 400)] * 3)
    print("get_lock:", counter3.value, codes)

    # the lock is really shared: while a child holds it the parent cannot take it
    ready, release = mp.Event(), mp.Event()
    p = mp.Process(target=hold_lock, args=(lock, ready, release))
    p.start()
    ready.wait(10)
    print("acquire while child holds:", lock.acquire(False), lock.acquire(timeout=0.05))
    release.set()
    p.join()
    print("acquire after child released:", lock.acquire(timeout=5))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    r = mp.RLock()
    print(r.acquire(), r.acquire(), r.acquire(False))
    r.release(); r.release(); r.release()
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError:", e)
    print(repr(lock), repr(r))
    with lock, r:
        print(repr(lock), repr(r))
