# Lock protects a shared log Array; RLock re-entry in a child; Semaphore limits concurrency (max tracked in a Value).
import multiprocessing as mp
import time


def limited(sem, active, peak, idx):
    with sem:
        with active.get_lock():
            active.value += 1
            if active.value > peak.value:
                peak.value = active.value
        time.sleep(0.05)
        with active.get_lock():
            active.value -= 1


def reentrant(rlock, q):
    with rlock:
        with rlock:
            q.put("nested acquire ok")


def appender(lock, arr, pos, idx):
    for _ in range(5):
        with lock:
            arr[pos.value] = idx
            pos.value += 1


if __name__ == '__main__':
    sem = mp.Semaphore(2)
    active = mp.Value('i', 0)
    peak = mp.Value('i', 0)
    ps = [mp.Process(target=limited, args=(sem, active, peak, i)) for i in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("peak <= 2:", 1 <= peak.value <= 2, "active now:", active.value)

    rlock = mp.RLock()
    q = mp.Queue()
    p = mp.Process(target=reentrant, args=(rlock, q))
    p.start()
    print(q.get(timeout=10))
    p.join()

    lock = mp.Lock()
    arr = mp.Array('i', 20, lock=False)
    pos = mp.Value('i', 0, lock=False)
    ps = [mp.Process(target=appender, args=(lock, arr, pos, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("slots filled:", pos.value)
    print("counts per worker:", [list(arr).count(i) for i in range(4)])
