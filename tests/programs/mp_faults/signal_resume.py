# signals arriving while the parent is blocked in multiprocessing calls: a handler that only
# counts runs, and each call resumes and returns normally (Connection.recv, Lock.acquire,
# Queue.get, Event.wait, join) - no InterruptedError (PEP 475)
import multiprocessing as mp
import os
import signal
import time

hits = []


def counting(signum, frame):
    hits.append(signum)


class Interrupted(Exception):
    pass


def raising(signum, frame):
    raise Interrupted("signal %d" % signum)


def poke_then(ppid, action, *args):
    time.sleep(0.1)
    os.kill(ppid, signal.SIGUSR1)
    time.sleep(0.1)
    action(*args)


def send(conn, obj):
    conn.send(obj)


def release(lock):
    lock.release()


def put(q, obj):
    q.put(obj)


def set_ev(ev):
    ev.set()


def nothing():
    pass


def poke_slowly(ppid, action, *args):
    time.sleep(0.1)
    os.kill(ppid, signal.SIGUSR1)
    time.sleep(3)  # only reached when the signal did not interrupt the parent
    action(*args)


def run_counting(label, blocking, target_args):
    p = mp.Process(target=poke_then, args=(os.getpid(),) + target_args)
    p.start()
    before = len(hits)
    r = blocking()
    p.join()
    print(label, "->", r, "handler ran:", len(hits) - before)


def run_raising(label, blocking, target_args):
    p = mp.Process(target=poke_slowly, args=(os.getpid(),) + target_args)
    p.start()
    try:
        r = blocking()
        print(label, "-> returned", r)
    except Interrupted as e:
        print(label, "-> Interrupted:", e.args[0] == "signal %d" % signal.SIGUSR1)
    p.terminate()
    p.join()


if __name__ == '__main__':
    signal.signal(signal.SIGUSR1, counting)
    a, b = mp.Pipe()
    run_counting("recv", a.recv, (send, b, "message"))
    lock = mp.Lock()
    lock.acquire()
    run_counting("Lock.acquire()", lock.acquire, (release, lock))
    lock.release()
    lock.acquire()
    run_counting("Lock.acquire(timeout=10)", lambda: lock.acquire(timeout=10), (release, lock))
    lock.release()
    q = mp.Queue()
    run_counting("Queue.get(timeout=10)", lambda: q.get(timeout=10), (put, q, "queued"))
    run_counting("Queue.get()", q.get, (put, q, "queued2"))
    ev = mp.Event()
    run_counting("Event.wait(10)", lambda: ev.wait(10), (set_ev, ev))
    c = mp.Process(target=time.sleep, args=(0.3,))
    c.start()
    run_counting("join", c.join, (nothing,))
    print("joined child exitcode", c.exitcode)

