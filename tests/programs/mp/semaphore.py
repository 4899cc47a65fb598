# Semaphore and BoundedSemaphore across processes: at most 2 of 4 children inside at once,
# get_value, non-blocking/timeout acquire, ValueError on over-releasing a BoundedSemaphore
import multiprocessing as mp
import time


def limited(sem, inside, peak, lock):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        # stay inside until two children have been inside together (the semaphore's limit)
        deadline = time.monotonic() + 5
        while peak.value < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.01)
        with lock:
            inside.value -= 1


def releaser(sem):
    sem.release()


if __name__ == '__main__':
    sem = mp.Semaphore(2)
    print(repr(sem), sem.get_value())
    lock = mp.Lock()
    inside = mp.Value('i', 0, lock=False)
    peak = mp.Value('i', 0, lock=False)
    procs = [mp.Process(target=limited, args=(sem, inside, peak, lock)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak", peak.value, "inside", inside.value, "value", sem.get_value(),
          [p.exitcode for p in procs])

    s = mp.Semaphore(0)
    print("acquire empty:", s.acquire(False), s.acquire(timeout=0.05))
    p = mp.Process(target=releaser, args=(s,))
    p.start()
    print("acquire after child release:", s.acquire(timeout=10))
    p.join()
    s.release(); s.release(); s.release()  # a plain Semaphore may grow without bound
    print("plain value", s.get_value(), repr(s))

    b = mp.BoundedSemaphore(2)
    print(repr(b))
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print("bounded value", b.get_value())
    b.acquire(); b.acquire()
    print("bounded empty:", b.acquire(False), repr(b))
    p = mp.Process(target=releaser, args=(b,))
    p.start(); p.join()
    print("child released:", b.get_value(), p.exitcode)
    try:
        mp.Semaphore(-1)
    except Exception as e:  # CPython: OSError from sem_open, not ValueError
        print(type(e).__name__, e)
