# lock and semaphore misuse: Lock released twice / never acquired; a Lock may be released by
# another process; RLock released by a non-owner thread or by a forked child; BoundedSemaphore
# over-release; negative initial values; acquire timeouts while a child holds the lock; a
# child killed while holding a Lock leaves it held; repr of owners
import multiprocessing as mp
import os
import signal
import threading
import time


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def release_in_child(lock, out):
    try:
        lock.release()
        out.put("released")
    except Exception as e:
        out.put("%s: %s" % (type(e).__name__, e))


def hold_and_die(lock, ready):
    lock.acquire()
    ready.set()
    time.sleep(30)


def hold_briefly(lock, ready, secs):
    with lock:
        ready.set()
        time.sleep(secs)


def owner_repr(lock, out):
    out.put(repr(lock))


if __name__ == '__main__':
    lock = mp.Lock()
    try_call("release unheld Lock", lock.release)
    lock.acquire()
    lock.release()
    try_call("release twice", lock.release)
    print("repr free:", repr(lock))
    lock.acquire()
    print("repr mine:", repr(lock))
    out = mp.Queue()
    p = mp.Process(target=owner_repr, args=(lock, out))
    p.start()
    print("repr seen by a child:", out.get(timeout=10))
    p.join()
    try_call("acquire(False) while held", lock.acquire, False)
    try_call("acquire(timeout=0.1) while held", lock.acquire, True, 0.1)
    try_call("acquire(timeout=-1) while held", lock.acquire, True, -1)
    p = mp.Process(target=release_in_child, args=(lock, out))
    p.start()
    print("child releases parent's Lock:", out.get(timeout=10))
    p.join()
    try_call("acquire after child released", lock.acquire, False)
    lock.release()

    rl = mp.RLock()
    try_call("release unheld RLock", rl.release)
    rl.acquire()
    rl.acquire()
    print("repr RLock x2:", repr(rl))
    res = []

    def thread_release():
        try:
            rl.release()
            res.append("released")
        except Exception as e:
            res.append("%s: %s" % (type(e).__name__, e))

    t = threading.Thread(target=thread_release)
    t.start()
    t.join()
    print("other thread releases RLock:", res[0])
    p = mp.Process(target=release_in_child, args=(rl, out))
    p.start()
    print("child releases RLock:", out.get(timeout=10))
    p.join()
    rl.release()
    rl.release()
    try_call("RLock released once too often", rl.release)

    bs = mp.BoundedSemaphore(2)
    bs.acquire()
    bs.release()
    try_call("BoundedSemaphore over-release", bs.release)
    print("repr bounded:", repr(bs))
    s = mp.Semaphore(0)
    for _ in range(3):
        s.release()
    print("Semaphore(0) after 3 releases:", s.get_value(), repr(s))
    try_call("acquire timeout=0 on zero", mp.Semaphore(0).acquire, True, 0)
    for v in (-1, -5):
        try_call("Semaphore(%d)" % v, mp.Semaphore, v)
        try_call("BoundedSemaphore(%d)" % v, mp.BoundedSemaphore, v)

    # a child holds the lock for 0.4 s: a short timeout fails, a long one succeeds
    lk, ready = mp.Lock(), mp.Event()
    p = mp.Process(target=hold_briefly, args=(lk, ready, 0.4))
    p.start()
    ready.wait(10)
    try_call("short timeout", lk.acquire, True, 0.05)
    try_call("long timeout", lk.acquire, True, 10)
    lk.release()
    p.join()

    # a child killed while it holds the lock: nobody releases it
    lk, ready = mp.Lock(), mp.Event()
    p = mp.Process(target=hold_and_die, args=(lk, ready))
    p.start()
    ready.wait(10)
    p.kill()
    p.join()
    print("killed holder exitcode", p.exitcode, "repr:", repr(lk))
    try_call("acquire lock of killed holder", lk.acquire, True, 0.1)
    lk.release()  # a Lock may be released by anyone
    try_call("after manual release", lk.acquire, False)
