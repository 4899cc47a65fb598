# a signal handler that raises while the parent is blocked in a multiprocessing call: the
# exception comes out of the blocked call (Connection.recv, Lock.acquire, join, and
# time.sleep for comparison). Every child falls back to unblocking the parent after 3 s, so a
# run where the signal does not interrupt the call ends (late, with "returned").
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
    signal.signal(signal.SIGUSR1, raising)
    a, b = mp.Pipe()
    run_raising("recv", a.recv, (send, b, "late"))
    lock = mp.Lock()
    lock.acquire()
    run_raising("Lock.acquire()", lock.acquire, (release, lock))
    sleeper = mp.Process(target=time.sleep, args=(3,))
    sleeper.start()
    run_raising("join", sleeper.join, (nothing,))
    sleeper.terminate()
    sleeper.join()
    run_raising("time.sleep", lambda: time.sleep(3), (nothing,))
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
